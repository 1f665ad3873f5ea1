import { describe, expect, it } from 'vitest';
import { exportFileName, formatJson } from '../../lib/format/json';
import { AuditResultSchema, SCHEMA_VERSION } from '../../lib/schema/audit';
import { sampleResult } from './fixtures';

describe('formatJson', () => {
  it('round-trips through AuditResultSchema, labels included', () => {
    const result = sampleResult();
    const parsed = AuditResultSchema.parse(JSON.parse(formatJson(result)));
    expect(parsed).toEqual(result);
    expect(parsed.schemaVersion).toBe(SCHEMA_VERSION);
    expect(parsed.findings[0]?.locators[0]?.label).toBe('（七）总计 / 总计');
  });

  it('names the file by year only: page text never reaches a file name', () => {
    expect(exportFileName(sampleResult(), 'csv')).toBe('nianbao-audit-2020.csv');
    const noYear = { ...sampleResult(), report: { ...sampleResult().report, year: null } };
    expect(exportFileName(noYear, 'json')).toBe('nianbao-audit-report.json');
  });
});
