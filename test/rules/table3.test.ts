import { describe, expect, it } from 'vitest';
import t301 from '../../lib/rules/t3-01-balance';
import t302 from '../../lib/rules/t3-02-total';
import t303 from '../../lib/rules/t3-03-row';
import t305 from '../../lib/rules/t3-05-zero';
import t306 from '../../lib/rules/t3-06-blanks';
import { buildReport, t3Selector } from '../helpers/report-builder';
import { runRule } from '../helpers/run-rule';
import { seed000, seed001, seed003 } from '../helpers/seed-reports';

const noTable = () => buildReport({ t3: null });

describe('T3-01 balance (一+二 = 三(七)+四)', () => {
  it('passes on an all-zero table (seed 000)', () => {
    expect(runRule(t301, seed000()).passed).toBe(true);
  });

  it('passes when the columns balance', () => {
    const r = buildReport({ t3: { new: [3, 0, 0, 0, 0, 0, 3], carried: [1, 0, 0, 0, 0, 0, 1], granted: [2, 0, 0, 0, 0, 0, 2], total: [2, 0, 0, 0, 0, 0, 2], forward: [2, 0, 0, 0, 0, 0, 2] } });
    expect(runRule(t301, r).passed).toBe(true);
  });

  it('fails in C1 and C7 on seed 003 (0+0 vs 4+0), and asks review for the blank columns', () => {
    const { violations, reviews } = runRule(t301, seed003());
    expect(violations).toHaveLength(2);
    expect(violations[0]!.message.zh).toBe('「自然人」列：一+二 = 0+0 = 0，三(七)+四 = 4+0 = 4，两边应相等');
    expect(violations[0]!.expected).toBe('一+二 = 0+0 = 0');
    expect(violations[0]!.actual).toBe('三(七)+四 = 4+0 = 4');
    expect(violations[1]!.message.zh).toContain('「总计」列');
    expect(violations[0]!.locators.map((l) => l.selector)).toContain(t3Selector('total', 0));
    // C2…C6: all four cells blank in each
    expect(reviews).toHaveLength(1);
    expect(reviews[0]!.message.zh).toBe(
      '一+二 = 三(七)+四 有 5 处取决于空白或无法识别的单元格。「商业企业」列、「科研机构」列、「社会公益组织」列、「法律服务机构」列、「其他」列：若空白单元格均为 0 则成立',
    );
    // 4 blank cells in each of the 5 columns
    expect(reviews[0]!.locators).toHaveLength(20);
    expect(reviews[0]!.severity).toBe('warning');
  });

  it('is inapplicable without table 三', () => {
    expect(runRule(t301, noTable()).inapplicable).toBe(true);
  });
});

describe('T3-02 total (（七）总计 = Σ leaf rows)', () => {
  it('fails twice on seed 003 with the numbers in the message', () => {
    const { violations } = runRule(t302, seed003());
    expect(violations.map((v) => v.message.zh)).toEqual([
      '「（七）总计·自然人」为 4，但各办理结果之和为 0',
      '「（七）总计·总计」为 4，但各办理结果之和为 0',
    ]);
    expect(violations[0]!.message.en).toBe('Total handled (natural persons) is 4 but the outcomes add up to 0');
    expect(violations[0]!.actual).toBe('（七）总计 = 4');
  });

  it('counts the single （六）其他处理 row of 2019 and the three rows of 2021', () => {
    const y2019 = buildReport({ template: '2019', year: 2020, t3: { other: [1, 0, 0, 0, 0, 0, 1], total: [1, 0, 0, 0, 0, 0, 1], new: [1, 0, 0, 0, 0, 0, 1] } });
    expect(runRule(t302, y2019).passed).toBe(true);
    const y2021 = buildReport({ t3: { other1: [1, 0, 0, 0, 0, 0, 1], other3: [2, 0, 0, 0, 0, 0, 2], total: [3, 0, 0, 0, 0, 0, 3] } });
    expect(runRule(t302, y2021).passed).toBe(true);
    const short = buildReport({ t3: { other1: [1, 0, 0, 0, 0, 0, 1], total: [3, 0, 0, 0, 0, 0, 3] } });
    expect(runRule(t302, short).violations).toHaveLength(2);
  });

  it('does not count non-leaf rows (新收, 结转) in the sum', () => {
    const r = buildReport({ t3: { new: [5, 0, 0, 0, 0, 0, 5], granted: [5, 0, 0, 0, 0, 0, 5], total: [5, 0, 0, 0, 0, 0, 5] } });
    expect(runRule(t302, r).passed).toBe(true);
  });

  it('gives seed 001 one needs-review finding for its 7 blank-dependent columns, no violation', () => {
    const { violations, reviews } = runRule(t302, seed001());
    expect(violations).toHaveLength(0);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]!.message.zh.startsWith('（七）总计 = 各办理结果之和 有 7 处')).toBe(true);
    expect(reviews[0]!.message.zh).toContain('若空白单元格均为 0 则成立');
  });

  it('fails when the known outcomes already exceed the total despite blanks', () => {
    const r = buildReport({ t3: { granted: [3, 0, 0, 0, 0, 0, 3], partial: [null, 0, 0, 0, 0, 0, null] } });
    const { violations } = runRule(t302, r);
    expect(violations.map((v) => v.message.zh)).toEqual([
      '「（七）总计·自然人」为 0，但各办理结果之和至少为 3',
      '「（七）总计·总计」为 0，但各办理结果之和至少为 3',
    ]);
  });
});

describe('T3-03 row (C7 = C1+…+C6)', () => {
  it('passes on a consistent row', () => {
    const r = buildReport({ t3: { granted: [1, 2, 0, 0, 0, 1, 4] } });
    expect(runRule(t303, r).passed).toBe(true);
  });

  it('fails on a row whose total differs from its columns', () => {
    const r = buildReport({ t3: { granted: [1, 2, 0, 0, 0, 0, 5] } });
    const { violations } = runRule(t303, r);
    expect(violations).toHaveLength(1);
    expect(violations[0]!.message.zh).toBe('「（一）予以公开」行：总计为 5，但各类申请人之和为 3');
    expect(violations[0]!.expected).toBe('C1+…+C6 = 1+2+0+0+0+0 = 3');
    expect(violations[0]!.actual).toBe('C7 = 5');
  });

  it('holds only with blanks = 0 on seed 003: one review finding for all 23 rows', () => {
    const { violations, reviews } = runRule(t303, seed003());
    expect(violations).toHaveLength(0);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]!.message.zh.startsWith('总计 = 各类申请人之和 有 23 处')).toBe(true);
    expect(reviews[0]!.message.zh).toContain('等 23 处：若空白单元格均为 0 则成立');
  });
});

describe('T3-03 on a partly read table', () => {
  it('skips rows the parser did not find', () => {
    expect(runRule(t303, buildReport({ t3MissingRows: ['granted'] })).passed).toBe(true);
  });

  it('but T3-02 asks review for the unread row', () => {
    const { reviews } = runRule(t302, buildReport({ t3MissingRows: ['granted'] }));
    expect(reviews).toHaveLength(1);
    expect(reviews[0]!.message.zh).toContain('有 7 处');
  });
});

describe('T3-05 (一+二 = 0 ⇒ all cells 0)', () => {
  it('fires once on seed 003 listing the two non-zero cells', () => {
    const { violations } = runRule(t305, seed003());
    expect(violations).toHaveLength(1);
    expect(violations[0]!.message.zh).toBe('一、本年新收与二、上年结转均为 0，但表三有 2 个非零单元格：「（七）总计·自然人」= 4、「（七）总计·总计」= 4');
    expect(violations[0]!.locators.map((l) => l.selector)).toEqual([t3Selector('total', 0), t3Selector('total', 6)]);
  });

  it('passes on an all-zero table and when there were applications', () => {
    expect(runRule(t305, seed000()).passed).toBe(true);
    const r = buildReport({ t3: { new: [2, 0, 0, 0, 0, 0, 2], granted: [2, 0, 0, 0, 0, 0, 2], total: [2, 0, 0, 0, 0, 0, 2] } });
    expect(runRule(t305, r).passed).toBe(true);
  });

  it('judges column by column when the 总计 intake cells are blank', () => {
    const r = buildReport({
      t3Fill: () => [0, 0, 0, 0, 0, 0, null],
      t3: { new: [0, 1, 0, 0, 0, 0, null], granted: [0, 1, 0, 0, 0, 0, null], total: [2, 1, 0, 0, 0, 0, null] },
    });
    const { violations } = runRule(t305, r);
    // C2 had an application, so only C1's 2 is a contradiction
    expect(violations).toHaveLength(1);
    expect(violations[0]!.message.zh).toContain('「（七）总计·自然人」= 2');
    expect(violations[0]!.message.zh).not.toContain('商业企业');
  });
});

describe('T3-06 blank and "—" cells', () => {
  it('counts seed 003: 23 rows × 5 blank columns = 115', () => {
    const { violations } = runRule(t306, seed003());
    expect(violations).toHaveLength(1);
    expect(violations[0]!.message.zh).toBe('表三有 115 个空白或“/”“—”单元格');
    expect(violations[0]!.severity).toBe('warning');
    expect(violations[0]!.locators).toHaveLength(115);
  });

  it('counts seed 001: 5 rows × 7 = 35', () => {
    expect(runRule(t306, seed001()).violations[0]!.message.zh).toBe('表三有 35 个空白或“/”“—”单元格');
  });

  it('counts "—" and "/" alongside blanks, and nothing on a full table', () => {
    const r = buildReport({ t3: { granted: ['—', '/', null, 0, 0, 0, 0] } });
    expect(runRule(t306, r).violations[0]!.message.zh).toBe('表三有 3 个空白或“/”“—”单元格（空白 1 个，“/”“—”等 2 个）');
    expect(runRule(t306, seed000()).passed).toBe(true);
  });

  it('does not count rows the parser did not find', () => {
    const r = buildReport({ t3MissingRows: ['granted', 'partial'] });
    expect(runRule(t306, r).passed).toBe(true);
  });
});
