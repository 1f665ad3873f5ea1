// T3-04, T3-07, T3-08, T4-02, T4-03, T4-04 (reference §5.3, §5.4).
import { describe, expect, it } from 'vitest';
import { buildReport } from '../helpers/report-builder';
import { runRule } from '../helpers/run-rule';
import t304 from '../../lib/rules/t3-04-integers';
import t307 from '../../lib/rules/t3-07-fee-notice';
import t308 from '../../lib/rules/t3-08-other-explained';
import t402 from '../../lib/rules/t4-02-integers';
import t403 from '../../lib/rules/t4-03-suits-after-review';
import t404 from '../../lib/rules/t4-04-cases-without-applications';

const t4With = (cells: Record<number, number>) => Array.from({ length: 15 }, (_, i) => cells[i] ?? 0);

describe('T3-04 non-negative whole numbers', () => {
  it('passes an all-zero table, and blanks (T3-06 counts those)', () => {
    expect(runRule(t304, buildReport()).passed).toBe(true);
    expect(runRule(t304, buildReport({ t3: { granted: [null, null, null, null, null, null, null] } })).passed).toBe(true);
  });
  it('flags −1 and 0.5 in one error', () => {
    const { violations } = runRule(t304, buildReport({ t3: { granted: [-1, 0, 0, 0, 0, 0, -1], partial: [0.5, 0, 0, 0, 0, 0, 0.5] } }));
    expect(violations).toHaveLength(1);
    expect(violations[0]!.severity).toBe('error');
    expect(violations[0]!.message.zh).toContain('4 个单元格');
  });
});

describe('T3-07 unpaid fees need a word in section 六', () => {
  const unpaid = { other2: [1, 0, 0, 0, 0, 0, 1] };
  it('passes when section 六 reports the fee', () => {
    expect(runRule(t307, buildReport({ t3: unpaid, paragraphs: { 6: ['本年度发出收费通知1件，实际收取信息处理费0元。'] } })).passed).toBe(true);
  });
  it('fires a hint when it does not', () => {
    const { violations } = runRule(t307, buildReport({ t3: unpaid, paragraphs: { 6: ['无。'] } }));
    expect(violations).toHaveLength(1);
    expect(violations[0]!.severity).toBe('info');
  });
  it('passes when nobody failed to pay', () => expect(runRule(t307, buildReport({ paragraphs: { 6: ['无。'] } })).passed).toBe(true));
});

describe('T3-08 "other" outcomes explained', () => {
  const other = { other3: [2, 0, 0, 0, 0, 0, 2] };
  it('fires a hint for 2 unexplained', () => {
    const { violations } = runRule(t308, buildReport({ t3: other }));
    expect(violations).toHaveLength(1);
    expect(violations[0]!.message.zh).toContain('为 2');
  });
  it('passes when the text explains them', () => {
    expect(runRule(t308, buildReport({ t3: other, paragraphs: { 1: ['其他处理2件，均为申请人撤回申请。'] } })).passed).toBe(true);
  });
});

describe('T4-02 non-negative whole numbers', () => {
  it('passes all zeros', () => expect(runRule(t402, buildReport()).passed).toBe(true));
  it('flags a negative total', () => {
    const { violations } = runRule(t402, buildReport({ t4: t4With({ 4: -2 }) }));
    expect(violations).toHaveLength(1);
    expect(violations[0]!.message.zh).toContain('「行政复议·总计」= -2（为负数）');
  });
});

describe('T4-03 lawsuits after review vs reviews', () => {
  it('fires a hint for 2 lawsuits after 1 review', () => {
    const { violations } = runRule(t403, buildReport({ t4: t4With({ 0: 1, 4: 1, 10: 2, 14: 2 }) }));
    expect(violations).toHaveLength(1);
    expect(violations[0]!.severity).toBe('info');
    expect(violations[0]!.actual).toBe('复议后起诉总计 = 2');
  });
  it('passes 1 lawsuit after 1 review', () => expect(runRule(t403, buildReport({ t4: t4With({ 0: 1, 4: 1, 10: 1, 14: 1 }) })).passed).toBe(true));
});

describe('T4-04 cases while table 三 is all zero', () => {
  it('fires a hint for one review case with no applications', () => {
    const { violations } = runRule(t404, buildReport({ t4: t4With({ 0: 1, 4: 1 }) }));
    expect(violations).toHaveLength(1);
    expect(violations[0]!.message.zh).toContain('2 个非零单元格');
  });
  it('passes when table 三 has applications', () => {
    const t3 = { new: [1, 0, 0, 0, 0, 0, 1], granted: [1, 0, 0, 0, 0, 0, 1], total: [1, 0, 0, 0, 0, 0, 1] };
    expect(runRule(t404, buildReport({ t3, t4: t4With({ 0: 1, 4: 1 }) })).passed).toBe(true);
  });
  it('passes (does not judge) a table 三 with blanks', () => {
    const t3 = { granted: [null, 0, 0, 0, 0, 0, null] };
    expect(runRule(t404, buildReport({ t3, t4: t4With({ 0: 1, 4: 1 }) })).passed).toBe(true);
  });
});
