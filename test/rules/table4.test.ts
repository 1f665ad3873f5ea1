import { describe, expect, it } from 'vitest';
import t401 from '../../lib/rules/t4-01-total';
import { buildReport, type CellSpec } from '../helpers/report-builder';
import { runRule } from '../helpers/run-rule';

const t4 = (review: CellSpec[], direct: CellSpec[] = [0, 0, 0, 0, 0], after: CellSpec[] = [0, 0, 0, 0, 0]) =>
  buildReport({ t4: [...review, ...direct, ...after] });

describe('T4-01 (总计 = 维持+纠正+其他+尚未审结)', () => {
  it('passes on all zeros and on consistent groups', () => {
    expect(runRule(t401, buildReport()).passed).toBe(true);
    expect(runRule(t401, t4([1, 1, 0, 1, 3], [0, 0, 1, 0, 1])).passed).toBe(true);
  });

  it('fails per group whose total differs', () => {
    const { violations } = runRule(t401, t4([1, 0, 0, 0, 2], [0, 0, 0, 0, 0], [0, 1, 0, 0, 0]));
    expect(violations.map((v) => v.message.zh)).toEqual([
      '「行政复议」总计为 2，但结果维持+结果纠正+其他结果+尚未审结 = 1+0+0+0 = 1',
      '「行政诉讼·复议后起诉」总计为 0，但结果维持+结果纠正+其他结果+尚未审结 = 0+1+0+0 = 1',
    ]);
  });

  it('asks review when blanks could balance the group, fails when they cannot', () => {
    const depends = runRule(t401, t4([null, 0, 0, 0, 2]));
    expect(depends.violations).toHaveLength(0);
    expect(depends.reviews[0]!.message.zh).toContain('若「行政复议·结果维持」为 2 则成立');
    expect(runRule(t401, t4([3, null, 0, 0, 2])).violations).toHaveLength(1);
  });

  it('is inapplicable without table 四', () => {
    expect(runRule(t401, buildReport({ t4: null })).inapplicable).toBe(true);
  });
});
