import { describe, expect, it } from 'vitest';
import { runAudit as runAll } from '../../lib/audit';
import { FIRST_PATH_RULES } from '../helpers/first-path-rules';

const runAudit: typeof runAll = (report, options) => runAll(report, { rules: FIRST_PATH_RULES, ...options });
import { defineRule, RULES } from '../../lib/rules';
import { AuditResultSchema } from '../../lib/schema';
import { buildReport } from '../helpers/report-builder';
import { seed000, seed001, seed002, seed003, seed004 } from '../helpers/seed-reports';

const ids = (findings: { ruleId: string }[]) => findings.map((f) => f.ruleId);

describe('runAudit', () => {
  it('lists the rules of this issue with the reference severities', () => {
    expect(RULES.map((r) => [r.id, r.severity, r.group])).toEqual(expect.arrayContaining([
      ['S-01', 'error', 'structure'],
      ['S-03', 'error', 'structure'],
      ['T3-01', 'error', 'table3'],
      ['T3-02', 'error', 'table3'],
      ['T3-03', 'error', 'table3'],
      ['T3-05', 'error', 'table3'],
      ['T3-06', 'warning', 'table3'],
      ['T4-01', 'error', 'table4'],
      ['N-01', 'error', 'narrative'],
      ['NA-01', 'error', 'narrative'],
      ['D-03', 'error', 'dates'],
    ]));
  });

  it('audits seed 003 as reference §8 describes it', () => {
    const result = runAudit(seed003());
    expect(result.status).toBe('audited');
    // E: T3-01 ×2 (C1, C7), T3-02 ×2, T3-05, N-01, D-03 = 7; W: T3-06;
    // needs review: T3-01 (C2–C6), T3-02 (C2–C6), T3-03 (23 rows), one each.
    expect(result.counts).toEqual({ error: 7, warning: 1, info: 0, needsReview: 3 });
    expect(ids(result.findings.filter((f) => f.outcome === 'violation'))).toEqual(['T3-01', 'T3-01', 'T3-02', 'T3-02', 'T3-05', 'T3-06', 'N-01', 'D-03']);
    expect(ids(result.passed)).toEqual(['S-01', 'S-03', 'T4-01']);
    expect(ids(result.inapplicable)).toEqual(['NA-01']);
    expect(result.report.signDate).toBe('2020-12-31');
  });

  it('sorts findings by group, errors before warnings and reviews', () => {
    const result = runAudit(seed003());
    const table3 = result.findings.filter((f) => f.group === 'table3').map((f) => (f.outcome === 'needs-review' ? 'review' : f.severity));
    expect(table3).toEqual(['error', 'error', 'error', 'error', 'error', 'warning', 'review', 'review', 'review']);
    const groups = result.findings.map((f) => f.group);
    expect(groups.indexOf('dates')).toBeGreaterThan(groups.lastIndexOf('narrative'));
  });

  it('gives the expected violations on the other seeds', () => {
    expect(ids(runAudit(seed000()).findings)).toEqual(['NA-01']);
    expect(ids(runAudit(seed001()).findings.filter((f) => f.outcome === 'violation'))).toEqual(['T3-06', 'NA-01']);
    expect(ids(runAudit(seed002()).findings)).toEqual(['S-01']);
    expect(runAudit(seed004()).findings).toEqual([]);
  });

  it('produces a result that matches AuditResultSchema', () => {
    for (const seed of [seed000, seed001, seed002, seed003, seed004]) {
      expect(AuditResultSchema.safeParse(runAudit(seed())).success).toBe(true);
    }
    expect(AuditResultSchema.safeParse(runAudit(buildReport({ kind: 'not-report' }))).success).toBe(true);
  });

  it('records a rule that throws and goes on with the others', () => {
    const broken = defineRule({
      id: 'X-99', severity: 'error', group: 'structure', title: { zh: '坏', en: 'broken' }, description: { zh: '', en: '' }, basis: '',
      appliesTo: () => true,
      check: () => {
        throw new Error('boom');
      },
    });
    const result = runAudit(seed003(), { rules: [broken, ...RULES] });
    expect(result.errors).toEqual([{ ruleId: 'X-99', message: 'boom' }]);
    expect(result.counts.error).toBe(7);
    expect(ids(result.passed)).not.toContain('X-99');
  });

  it('runs no rules on a page that is not a report or is in the old format', () => {
    for (const kind of ['not-report', 'old-format'] as const) {
      const result = runAudit(buildReport({ kind, signDate: '2020-12-31', year: 2020 }));
      expect(result.status).toBe(kind);
      expect(result.findings).toEqual([]);
      expect(result.passed).toEqual([]);
      expect(result.inapplicable).toEqual([]);
    }
  });

  it('applies severity overrides and counts info separately', () => {
    const r = buildReport({ paragraphs: { 1: ['公开信息50条,其中政策文件10条。'] } });
    expect(runAudit(r).counts).toEqual({ error: 0, warning: 0, info: 1, needsReview: 0 });
  });
});
