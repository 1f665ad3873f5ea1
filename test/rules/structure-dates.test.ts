import { describe, expect, it } from 'vitest';
import s01 from '../../lib/rules/s-01-sections';
import s03 from '../../lib/rules/s-03-template';
import d03 from '../../lib/rules/d-03-sign-date';
import { buildReport } from '../helpers/report-builder';
import { runRule } from '../helpers/run-rule';
import { seed000, seed002, seed003 } from '../helpers/seed-reports';

describe('S-01 six sections in order', () => {
  it('passes with 一…六 in order', () => {
    expect(runRule(s01, seed000()).passed).toBe(true);
  });

  it('reports the missing section 六 of seed 002', () => {
    const { violations } = runRule(s01, seed002());
    expect(violations).toHaveLength(1);
    expect(violations[0]!.message.zh).toBe('缺少第六部分「其他需要报告的事项」');
  });

  it('reports each missing section, and out-of-order sections once', () => {
    expect(runRule(s01, buildReport({ sections: [1, 2, 3] })).violations).toHaveLength(3);
    const { violations } = runRule(s01, buildReport({ sections: [1, 3, 2, 4, 5, 6] }));
    expect(violations).toHaveLength(1);
    expect(violations[0]!.message.zh).toBe('各部分顺序不对：页面上依次为 一、三、二、四、五、六');
  });
});

describe('S-03 template vs year', () => {
  it('passes when template matches year', () => {
    expect(runRule(s03, seed003()).passed).toBe(true); // 2020 with 2019
    expect(runRule(s03, seed000()).passed).toBe(true); // 2021 with 2021
  });

  it('is E for 2021+ with the 2019 template and for 2020 with the 2021 template', () => {
    const late = runRule(s03, buildReport({ year: 2022, template: '2019' })).violations;
    expect(late.map((v) => [v.severity, v.message.zh])).toEqual([['error', '2022年度报告应使用2021版格式，但使用了2019版格式']]);
    expect(runRule(s03, buildReport({ year: 2020, template: '2021' })).violations[0]!.severity).toBe('error');
  });

  it('downgrades to W for 2019 reports', () => {
    expect(runRule(s03, buildReport({ year: 2019, template: '2021' })).violations[0]!.severity).toBe('warning');
  });

  it('warns about a hybrid', () => {
    const r = buildReport({ year: 2021, template: '2021', templateMarkers: { v2019: ['政府集中采购'], v2021: ['本年制发件数'] } });
    const { violations } = runRule(s03, r);
    expect(violations).toHaveLength(1);
    expect(violations[0]!.severity).toBe('warning');
    expect(violations[0]!.message.zh).toContain('政府集中采购');
  });

  it('is inapplicable without a year or template', () => {
    expect(runRule(s03, buildReport({ year: null })).inapplicable).toBe(true);
    expect(runRule(s03, buildReport({ template: null })).inapplicable).toBe(true);
  });
});

describe('D-03 signed after the period', () => {
  it('fires on seed 003 (signed 2020-12-31 for 2020)', () => {
    const { violations } = runRule(d03, seed003());
    expect(violations).toHaveLength(1);
    expect(violations[0]!.message.zh).toBe('落款日期 2020-12-31 不晚于统计期末 2020-12-31，报告在统计期结束前签署');
    expect(violations[0]!.locators.map((l) => l.selector)).toEqual(['#signoff']);
  });

  it('fires on a mid-year date and passes on seed 000 (2022-01-17 for 2021)', () => {
    expect(runRule(d03, buildReport({ year: 2021, signDate: '2021-06-30' })).violations).toHaveLength(1);
    expect(runRule(d03, seed000()).passed).toBe(true);
    expect(runRule(d03, buildReport({ year: 2021, signDate: '2022-01-01' })).passed).toBe(true);
  });

  it('is inapplicable without a date or a year', () => {
    expect(runRule(d03, buildReport({ signDate: null })).inapplicable).toBe(true);
    expect(runRule(d03, buildReport({ year: null, signDate: '2022-01-05' })).inapplicable).toBe(true);
  });
});
