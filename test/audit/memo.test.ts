// Rules share what they derive from a report only within one audit run: a report changed between
// two runs (its text, its table) is read again, and the findings follow the change.
import { describe, expect, it } from 'vitest';
import { runAudit } from '../../lib/audit';
import { RULES } from '../../lib/rules';
import type { Cell } from '../../lib/schema';
import { buildReport, t3Selector } from '../helpers/report-builder';

const rule = (id: string) => RULES.find((r) => r.id === id)!;
const outcomes = (result: ReturnType<typeof runAudit>) => result.findings.map((f) => `${f.ruleId}:${f.outcome}`);
const number = (value: number, selector: string): Cell => ({ raw: String(value), kind: 'number', value, unit: null, at: { selector, snippet: '' } });

describe('the audit memo', () => {
  it('reads a paragraph changed between two audits afresh', () => {
    const report = buildReport({
      paragraphs: { 3: ['本年度共收到政府信息公开申请5件。'] },
      t3: { new: [0, 0, 0, 0, 0, 0, 5], granted: [0, 0, 0, 0, 0, 0, 5], total: [0, 0, 0, 0, 0, 0, 5] },
    });
    const rules = [rule('N-02')];
    expect(runAudit(report, { rules }).passed.map((p) => p.ruleId)).toEqual(['N-02']);
    report.sections.find((s) => s.number === 3)!.paragraphs[0]!.text = '本年度共收到政府信息公开申请7件。';
    expect(outcomes(runAudit(report, { rules }))).toEqual(['N-02:violation']);
  });

  it('reads a table 三 cell changed between two audits afresh', () => {
    const report = buildReport({});
    const rules = [rule('T3-01'), rule('T3-05')];
    expect(runAudit(report, { rules }).findings).toEqual([]);
    // 本年新收·总计 becomes 2 while everything else stays 0: the balance fails, and T3-05 no longer applies its all-zero test.
    report.table3!.rows.find((r) => r.id === 'new')!.cells[6] = number(2, t3Selector('new', 6));
    expect(outcomes(runAudit(report, { rules }))).toEqual(['T3-01:violation']);
  });
});
