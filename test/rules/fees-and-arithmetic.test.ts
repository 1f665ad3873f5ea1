import { describe, expect, it } from 'vitest';
import n08 from '../../lib/rules/n-08-fee-statement';
import n09 from '../../lib/rules/n-09-fee-amount';
import na02 from '../../lib/rules/na-02-application-balance';
import na03 from '../../lib/rules/na-03-percentages';
import { buildReport, paragraphSelector } from '../helpers/report-builder';
import { runRule } from '../helpers/run-rule';
import { seed000, seed001, seed002, seed003, seed004 } from '../helpers/seed-reports';

const col7 = (n: number) => [n, 0, 0, 0, 0, 0, n];

describe('N-08 信息处理费 in section 六', () => {
  it('fires on seed 001 (六 is just "无")', () => {
    const { violations } = runRule(n08, seed001());
    expect(violations).toHaveLength(1);
    expect(violations[0]!.severity).toBe('warning');
    expect(violations[0]!.actual).toBe('无');
    expect(violations[0]!.locators.map((l) => l.selector)).toEqual([paragraphSelector(6, 0)]);
  });

  it('passes on "本单位2021年未收取信息处理费" (seed 000) and "本年度未收取信息处理费" (seed 004)', () => {
    const with6 = (text: string) => buildReport({ paragraphs: { 6: [text] } });
    expect(runRule(n08, with6('[bookmark: _GoBack]本单位2021年未收取信息处理费。')).passed).toBe(true);
    expect(runRule(n08, with6('本年度未收取信息处理费。')).passed).toBe(true);
    expect(runRule(n08, seed000()).violations).toHaveLength(1); // the helper's seed 000 has no 六 text
  });

  it('does not fire before 2021 (seed 003, 2020) or without section 六 (seed 002)', () => {
    expect(runRule(n08, seed003()).inapplicable).toBe(true);
    expect(runRule(n08, seed002()).inapplicable).toBe(true);
  });

  it('fires on an empty section 六', () => {
    expect(runRule(n08, buildReport({ paragraphs: { 6: [] } })).violations[0]!.actual).toBe('（空）');
  });
});

describe('N-09 fee amount', () => {
  const feeReport = (text: string, intake: number) => buildReport({ paragraphs: { 6: [text] }, t3: { new: col7(intake), granted: col7(intake), total: col7(intake) } });

  it('fires on 135元 (not a multiple of 10元)', () => {
    const { violations } = runRule(n09, feeReport('本年度收取信息处理费135元。', 12));
    expect(violations.map((v) => [v.severity, v.actual])).toEqual([['info', '135 元']]);
  });

  it('fires on a fee with no applications at all', () => {
    const { violations } = runRule(n09, feeReport('收取信息处理费共计200元。', 0));
    expect(violations.map((v) => v.actual)).toEqual(['一+二 = 0']);
  });

  it('passes on 0.02万元 (200元) with 12 applications, and does not fire on "未收取信息处理费"', () => {
    expect(runRule(n09, feeReport('收取信息处理费0.02万元。', 12)).passed).toBe(true);
    expect(runRule(n09, seed004()).inapplicable).toBe(true);
    expect(runRule(n09, feeReport('本年度未收取信息处理费0元。', 0)).inapplicable).toBe(true);
  });
});

describe('NA-02 application figures balance in the text', () => {
  it('fires on 7 + 1 ≠ 3 + 4 + 2 (received, carried; outcomes and carried forward)', () => {
    const r = buildReport({ paragraphs: { 3: ['本年新收申请7件，上年结转1件，其中予以公开3件，不予公开4件，结转下年度2件。'] } });
    const { violations } = runRule(na02, r);
    expect(violations).toHaveLength(1);
    expect(violations[0]!.severity).toBe('error');
    expect(violations[0]!.expected).toBe('收到+上年结转 = 7+1 = 8');
    expect(violations[0]!.actual).toBe('办理结果+结转下年 = 3+4+2 = 9');
  });

  it('passes on 廿三里: 7 + 1 = 3 + 4 + 1', () => {
    const r = buildReport({ paragraphs: { 3: ['本年新收申请7件，上年结转1件，其中予以公开3件，不予公开4件，结转下年度1件。'] } });
    expect(runRule(na02, r).passed).toBe(true);
  });

  it('reports a shortfall without a carried-forward figure as info (the outcomes may be partial)', () => {
    const r = buildReport({ paragraphs: { 3: ['收到申请5件，其中予以公开3件。'] } });
    expect(runRule(na02, r).violations.map((v) => v.severity)).toEqual(['info']);
  });

  it('asks review, and does not fire, when more came out than in but carried-over is unstated', () => {
    const r = buildReport({ paragraphs: { 3: ['收到申请2件，予以公开3件。'] } });
    const { violations, reviews } = runRule(na02, r);
    expect(violations).toEqual([]);
    expect(reviews[0]!.message.zh).toContain('若上年结转 1 件则成立');
  });
});

describe('NA-03 percentages', () => {
  it('fires on shares adding to 110%', () => {
    const r = buildReport({ paragraphs: { 3: ['其中，自然人申请占60%，企业申请占50%。'] } });
    expect(runRule(na03, r).violations.map((v) => v.actual)).toEqual(['60%+50% = 110%']);
  });

  it('passes on rounding (33.4% + 33.3% + 33.4% = 100.1%) and does not count rates', () => {
    expect(runRule(na03, buildReport({ paragraphs: { 3: ['分别占33.4%、33.3%、33.4%。'] } })).passed).toBe(true);
    const rates = buildReport({ paragraphs: { 3: ['其中按时办结率100%，同比增长50%，满意率98%。'] } });
    expect(runRule(na03, rates).inapplicable).toBe(true);
  });
});
