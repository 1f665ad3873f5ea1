// Issue 4 part A on every seed page, in both shapes: exactly the findings of the S-, T2-, T3-, T4-
// and D- rules built in this part that reference §8 lists, with their severities.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractSnapshot } from '../../lib/snapshot';
import { parseReport } from '../../lib/report';
import { runAudit } from '../../lib/audit';
import { auditSnapshot } from '../../lib/pipeline';
import { STRUCTURE_TABLE_DATE_RULES } from '../../lib/rules/structure-table-date-rules';
import { DEFAULT_SETTINGS } from '../../lib/settings';

// "RULE severity", one entry per finding. From reference §8:
// 000: S-07 W (责任追究 only), S-08 I (1、/5、/6、 among 一、). 001: S-04 W (one finding for table 三),
// D-06 W, S-07 W, S-05 I ((八) header). 002: D-06 W, S-05 I, S-08 I, T2-06 I ×2 (行政处罚, 行政强制),
// S-07 W, S-06 I. 003: none of these (S-07 passes). 004: D-06 W, S-08 I (D-02 and S-07 pass).
const EXPECTED: Record<string, string[]> = {
  '000': ['S-07 warning', 'S-08 info'],
  '001': ['D-06 warning', 'S-04 warning', 'S-05 info', 'S-07 warning'],
  '002': ['D-06 warning', 'S-05 info', 'S-06 info', 'S-07 warning', 'S-08 info', 'T2-06 info', 'T2-06 info'],
  '003': [],
  '004': ['D-06 warning', 'S-08 info'],
};

function report(file: string) {
  const { document } = parseHTML(readFileSync(`test/fixtures/pages/${file}`, 'utf8'));
  return parseReport(extractSnapshot(document as unknown as Document, { url: `http://www.example.gov.cn/${file}` }));
}

for (const [id, expected] of Object.entries(EXPECTED)) {
  describe.each(['table', 'p'])(`seed ${id} drawn as %s`, (shape) => {
    const parsed = report(`seed-${id}.${shape}.html`);
    const result = runAudit(parsed, { rules: STRUCTURE_TABLE_DATE_RULES });
    it('gives exactly the part-A findings of reference §8', () => {
      expect(result.errors).toEqual([]);
      expect(result.findings.map((f) => `${f.ruleId} ${f.severity}`).sort()).toEqual([...expected].sort());
    });
    it('passes T2-02 (规章 0) and finds no needs-review', () => {
      expect(result.passed.map((r) => r.ruleId)).toContain('T2-02');
      expect(result.findings.filter((f) => f.outcome === 'needs-review')).toEqual([]);
    });
  });
}

describe('issuer types and the statistical period of the seeds', () => {
  it.each([
    ['000', 'township'],
    ['001', 'township'],
    ['002', 'township'],
    ['003', 'township'],
    ['004', 'subdistrict'],
  ])('seed %s is a %s', (id, type) => {
    expect(report(`seed-${id}.table.html`).issuerType).toBe(type);
  });
  it('seed 004 states 2021-01-01 … 2021-12-31 and D-02 passes', () => {
    const parsed = report('seed-004.table.html');
    expect(parsed.statPeriod).toMatchObject({ from: '2021-01-01', to: '2021-12-31' });
    expect(runAudit(parsed, { rules: STRUCTURE_TABLE_DATE_RULES }).passed.map((r) => r.ruleId)).toContain('D-02');
  });
});

describe('seed 001: S-04 names both shape problems of the real-table page', () => {
  it('the detached 3.危及 label and the 总计 row with too many cells', () => {
    const result = runAudit(report('seed-001.table.html'), { rules: STRUCTURE_TABLE_DATE_RULES });
    const s04 = result.findings.filter((f) => f.ruleId === 'S-04');
    expect(s04).toHaveLength(1);
    expect(s04[0]!.message.zh).toMatch(/2 处/);
    expect(s04[0]!.message.zh).toMatch(/总计.*多于 7 个/);
    expect(s04[0]!.message.zh).toMatch(/3\.危及.*错位/);
  });
});

describe('settings reach D-04 through auditSnapshot', () => {
  it('seed 000 (signed 2022-01-17) is late under a 01-10 township deadline', () => {
    const { document } = parseHTML(readFileSync('test/fixtures/pages/seed-000.table.html', 'utf8'));
    const snapshot = extractSnapshot(document as unknown as Document, { url: 'http://www.example.gov.cn/seed-000' });
    const settings = { ...DEFAULT_SETTINGS, deadlines: { ...DEFAULT_SETTINGS.deadlines, township: { warnAfter: null, errorAfter: '01-10' } } };
    expect(auditSnapshot(snapshot).findings.filter((f) => f.ruleId === 'D-04')).toEqual([]);
    const late = auditSnapshot(snapshot, { settings }).findings.filter((f) => f.ruleId === 'D-04');
    expect(late.map((f) => `${f.severity} ${f.actual}`)).toEqual(['error 2022-01-17']);
  });
});
