// Fuzzing the pieces the pipeline leans on: cell values from any string, and the audit engine with
// a rule that throws (its failure is recorded for that rule; the other rules still run).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { parseCellValue } from '../../lib/numbers/cell-value';
import { extractSnapshot } from '../../lib/snapshot';
import { parseReport } from '../../lib/report';
import { runAudit } from '../../lib/audit';
import { RULES } from '../../lib/rules';
import { defineRule } from '../../lib/rules/define';
import { AuditResultSchema, type PageSnapshot } from '../../lib/schema';
import { auditSnapshot } from '../../lib/pipeline';
import { hostileText } from './arbitraries';

describe('parseCellValue', () => {
  it('never throws on any string, and always gives a kind with a value only for numbers and n/a', () => {
    const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 30 }), hostileText);
    fc.assert(
      fc.property(anyText, (text) => {
        const value = parseCellValue(text);
        expect(['number', 'blank', 'na', 'unreadable']).toContain(value.kind);
        if (value.kind === 'number') expect(Number.isFinite(value.value)).toBe(true);
        if (value.kind === 'blank' || value.kind === 'unreadable') expect(value.value).toBeNull();
      }),
      { seed: 42, numRuns: 3000 },
    );
  });

  it('reads no number out of strings with no digit (and no 零/〇)', () => {
    const noDigits = fc.string({ unit: fc.constantFrom('本', '年', '/', '—', ' ', '\u200b', '\u202e', '<', 'a', '、') });
    fc.assert(
      fc.property(noDigits, (text) => {
        expect(parseCellValue(text).kind).not.toBe('number');
      }),
      { seed: 43, numRuns: 500 },
    );
  });
});

describe('runAudit with a rule that throws', () => {
  // Seed 003 (table form): reference §8 lists T3-02 violations among its errors.
  const html = readFileSync(join(__dirname, '../fixtures/pages/seed-003.table.html'), 'utf8');
  const report = parseReport(extractSnapshot(parseHTML(html).document as unknown as Document, { url: 'seed-003' }));
  const broken = defineRule({
    id: 'X-BROKEN',
    severity: 'error',
    group: 'table3',
    title: { zh: '会抛出异常的规则', en: 'A rule that throws' },
    description: { zh: '测试用', en: 'for the test' },
    basis: '—',
    appliesTo: () => true,
    check: () => {
      throw new Error('boom <img src=x onerror=alert(1)>');
    },
  });

  it('records an error for that rule and runs the others', () => {
    const rules = [broken, ...RULES];
    const result = runAudit(report, { rules });
    expect(result.errors).toEqual([{ ruleId: 'X-BROKEN', message: 'boom <img src=x onerror=alert(1)>' }]);
    expect(result.findings.some((f) => f.ruleId === 'T3-02' && f.outcome === 'violation')).toBe(true);
    expect(result.findings.some((f) => f.ruleId === 'X-BROKEN')).toBe(false);
    expect(result.passed.some((r) => r.ruleId === 'X-BROKEN')).toBe(false);
    expect(AuditResultSchema.safeParse(result).success).toBe(true);
  });

  it('also survives a rule whose appliesTo throws, or that throws a non-Error', () => {
    const badApplies = { ...broken, id: 'X-APPLIES', appliesTo: () => { throw new TypeError('no'); } };
    const throwsString = { ...broken, id: 'X-STRING', check: () => { throw 'plain string'; } };
    const result = runAudit(report, { rules: [badApplies, ...RULES, throwsString] });
    expect(result.errors.map((e) => e.ruleId)).toEqual(['X-APPLIES', 'X-STRING']);
    expect(result.errors[1]!.message).toBe('plain string');
    expect(result.passed.length + result.findings.length).toBeGreaterThan(0);
    expect(AuditResultSchema.safeParse(result).success).toBe(true);
  });
});

describe('auditSnapshot on any snapshot of the right shape', () => {
  // What a compromised content script could send: the right shape, nonsense inside (grid indices out
  // of range, fractional or negative; ragged rows; labels and numbers in random places). The worker's
  // schema refuses bad grids; the engine must not depend on that and stays total behind it.
  const cellText = fc.oneof(hostileText, fc.constantFrom('本年新收', '上年结转', '（七）总计', '结转下年度继续办理', '0', '1', '12', '', '/'));
  const table = fc.record({
    type: fc.constant('table' as const),
    selector: fc.constant('table'),
    cells: fc.array(fc.record({ text: cellText, selector: fc.constant('td'), rowSpan: fc.integer({ min: -2, max: 5 }), colSpan: fc.integer({ min: -2, max: 5 }) }), { maxLength: 40 }),
    grid: fc.array(fc.array(fc.oneof(fc.integer({ min: -3, max: 45 }), fc.double({ noNaN: true, noDefaultInfinity: true })), { maxLength: 9 }), { maxLength: 30 }),
  });
  const text = fc.record({ type: fc.constant('text' as const), text: fc.oneof(cellText, fc.constantFrom('一、总体情况', '三、收到和处理政府信息公开申请情况', '2021年1月20日')), selector: fc.constant('p'), tag: fc.constantFrom('p', 'h1', 'div', 'gap', 'pre') });
  const snapshotArb = fc.record({
    url: fc.constant('http://www.example.gov.cn/x.html'),
    title: fc.oneof(fc.constant('某乡2020年政府信息公开工作年度报告'), hostileText),
    publishedAt: fc.constantFrom(null, '2021-01-20', 'x'),
    items: fc.array(fc.oneof(table, text), { maxLength: 25 }),
    truncated: fc.boolean(),
  });

  it('never throws and always gives a result the schema accepts', () => {
    fc.assert(
      fc.property(snapshotArb, (snapshot) => {
        const result = auditSnapshot(snapshot as PageSnapshot);
        expect(AuditResultSchema.safeParse(result).success).toBe(true);
      }),
      { seed: 44, numRuns: 300 },
    );
  });
});
