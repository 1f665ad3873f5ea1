import { describe, expect, it } from 'vitest';
import n02 from '../../lib/rules/n-02-received';
import n03 from '../../lib/rules/n-03-carried';
import n04 from '../../lib/rules/n-04-outcomes';
import n05 from '../../lib/rules/n-05-handled';
import n06 from '../../lib/rules/n-06-review-litigation';
import n07 from '../../lib/rules/n-07-normative-documents';
import { buildReport, cell, paragraphSelector, t3Selector, t4Selector } from '../helpers/report-builder';
import { runRule } from '../helpers/run-rule';
import { seed002, seed003 } from '../helpers/seed-reports';

// Seed 003, section 四 (NFKC as extracted).
const SEED_003_NO_REVIEW = '2020年，上官乡没有发生因本乡政务信息公开或不公开引起的行政复议和提起行政诉讼情况，没有因政务信息公开工作被公众投诉或媒体曝光情况发生。'.normalize('NFKC');
const col7 = (n: number | null) => [n === null ? null : 0, 0, 0, 0, 0, 0, n];
const t4With = (cells: Record<number, number | null>) => Array.from({ length: 15 }, (_, i) => (i in cells ? cells[i]! : 0));

describe('N-02 applications received', () => {
  it('passes on seed 002 ("全镇共收到依申请公开0件", table 三 all zero)', () => {
    expect(runRule(n02, seed002()).passed).toBe(true);
  });

  it('fires when the text says 5 and 一、本年新收 总计 is 3', () => {
    const r = buildReport({ paragraphs: { 3: ['本年度共收到政府信息公开申请5件。'] }, t3: { new: col7(3), granted: col7(3), total: col7(3) } });
    const { violations } = runRule(n02, r);
    expect(violations).toHaveLength(1);
    expect(violations[0]!.message.zh).toContain('（收到申请 5），但表三「一、本年新收申请·总计」为 3');
    expect(violations[0]!.locators.map((l) => l.selector)).toEqual([paragraphSelector(3, 0), t3Selector('new', 6)]);
  });

  it('fires against new + carried when the figure includes carried-over applications (7 vs 5+1)', () => {
    const r = buildReport({
      paragraphs: { 1: ['(二)依申请公开', '本年度共收到申请7件（含上年结转1件）。'] },
      t3: { new: col7(5), carried: col7(1), granted: col7(6), total: col7(6) },
    });
    const { violations } = runRule(n02, r);
    expect(violations.map((v) => v.actual)).toEqual(['表三「一、本年新收申请·总计」「二、上年结转申请·总计」 = 5+1 = 6']);
  });

  it('does not fire when 6 = 5 + 1 (含上年结转), nor on Chinese numerals that agree (两件)', () => {
    const t3 = { new: col7(5), carried: col7(1), granted: col7(6), total: col7(6) };
    expect(runRule(n02, buildReport({ paragraphs: { 3: ['共收到申请6件(含上年结转1件)。'] }, t3 })).passed).toBe(true);
    const two = { new: col7(2), granted: col7(2), total: col7(2) };
    expect(runRule(n02, buildReport({ paragraphs: { 3: ['全年受理依申请公开两件，均已按时答复。'] }, t3: two })).passed).toBe(true);
  });

  it('does not fire on sentences outside the application parts (主动公开 sub-item, section 二)', () => {
    const r = buildReport({ paragraphs: { 1: ['(一)主动公开', '网站收到群众留言申请5件。'], 2: ['收到申请5件。'] } });
    expect(runRule(n02, r).inapplicable).toBe(true);
  });

  it('does not fire, but asks review, when the text counts the carried-over application as received (平潭 2022: 75 = 74 + 1)', () => {
    const r = buildReport({
      paragraphs: { 1: ['(二)依申请公开方面', '2022年，全区收到政府信息公开申请75件，涉及自然人72件、商业企业3件，均在法定期限内予以答复，办结率100%。'] },
      t3: { new: [71, 3, 0, 0, 0, 0, 74], carried: [1, 0, 0, 0, 0, 0, 1], granted: [72, 3, 0, 0, 0, 0, 75], total: [72, 3, 0, 0, 0, 0, 75] },
    });
    const { violations, reviews } = runRule(n02, r);
    expect(violations).toEqual([]);
    expect(reviews.map((f) => f.actual)).toEqual(['表三「一、本年新收申请·总计」 = 74（+ 上年结转 1 = 75）']);
  });

  it('asks review, and does not fire, when the compared cell is blank', () => {
    const r = buildReport({ paragraphs: { 3: ['收到申请5件。'] }, t3: { new: col7(null) } });
    const { violations, reviews } = runRule(n02, r);
    expect(violations).toHaveLength(0);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]!.message.zh).toContain('若「一、本年新收申请·总计」为 5 则成立');
  });
});

describe('N-03 carried over and forward', () => {
  it('fires on 上年结转2件 vs 0 and 结转下年度1件 vs 0', () => {
    const r = buildReport({ paragraphs: { 3: ['上年结转申请2件，结转下年度继续办理1件。'] } });
    expect(runRule(n03, r).violations.map((v) => v.expected)).toEqual([
      '表三「二、上年结转申请·总计」 = 2',
      '表三「四、结转下年度继续办理·总计」 = 1',
    ]);
  });

  it('passes when both agree', () => {
    const t3 = { carried: col7(2), forward: col7(1), granted: col7(1), total: col7(1) };
    expect(runRule(n03, buildReport({ paragraphs: { 3: ['上年结转申请2件，结转下年度继续办理1件。'] }, t3 })).passed).toBe(true);
  });
});

describe('N-04 outcomes', () => {
  it('fires on 不予公开2件 when the eight 不予公开 rows add up to 1, and passes the agreeing 予以公开3件', () => {
    const r = buildReport({
      paragraphs: { 3: ['其中予以公开3件，不予以公开2件。'] },
      t3: { granted: col7(3), withheld4: col7(1), total: col7(4), new: col7(4) },
    });
    const { violations } = runRule(n04, r);
    expect(violations).toHaveLength(1);
    expect(violations[0]!.message.zh).toContain('（不予公开 2），但表三「（三）不予公开」各项总计之和为 0+0+0+1+0+0+0+0 = 1');
  });

  it('uses the single （六）其他处理 row of 2019 and passes when it agrees', () => {
    const r = buildReport({ year: 2020, template: '2019', paragraphs: { 3: ['其他处理1件。'] }, t3: { other: col7(1), total: col7(1), new: col7(1) } });
    expect(runRule(n04, r).passed).toBe(true);
  });
});

describe('N-05 handled', () => {
  it('fires on 办结4件 vs （七）总计 3', () => {
    const r = buildReport({ paragraphs: { 3: ['收到申请3件，已全部办结，共办结4件。'] }, t3: { new: col7(3), granted: col7(3), total: col7(3) } });
    expect(runRule(n05, r).violations.map((v) => v.actual)).toEqual(['表三「（七）总计·总计」 = 3']);
  });

  it('does not fire on rates (办结率100%) and passes an agreeing count', () => {
    const t3 = { new: col7(3), granted: col7(3), total: col7(3) };
    expect(runRule(n05, buildReport({ paragraphs: { 3: ['按时办结率100%。'] }, t3 })).inapplicable).toBe(true);
    expect(runRule(n05, buildReport({ paragraphs: { 3: ['答复申请3件。'] }, t3 })).passed).toBe(true);
  });
});

describe('N-06 review and litigation', () => {
  it('passes on seeds 002 ("行政复议0件，行政诉讼0件") and 003 ("没有发生…行政复议和提起行政诉讼")', () => {
    expect(runRule(n06, seed002()).passed).toBe(true);
    const s003 = seed003();
    s003.sections.find((s) => s.number === 4)!.paragraphs.push({ text: SEED_003_NO_REVIEW, at: null });
    expect(runRule(n06, s003).passed).toBe(true);
  });

  it('fires when the text says none but table 四 has a review, naming the cell', () => {
    const r = buildReport({ paragraphs: { 4: ['本年度未发生政府信息公开行政复议案件。'] }, t4: t4With({ 0: 1, 4: 1 }) });
    const { violations } = runRule(n06, r);
    expect(violations).toHaveLength(1);
    expect(violations[0]!.message.zh).toContain('但表四「行政复议·总计」为 1');
    expect(violations[0]!.locators.map((l) => l.selector)).toEqual([paragraphSelector(4, 0), t4Selector(4)]);
  });

  it('fires on 行政诉讼2件 against direct + after-review totals 1 + 0', () => {
    const r = buildReport({ paragraphs: { 4: ['被提起行政诉讼2件。'] }, t4: t4With({ 5: 1, 9: 1 }) });
    expect(runRule(n06, r).violations.map((v) => v.actual)).toEqual(['表四「行政诉讼·未经复议直接起诉·总计」「行政诉讼·复议后起诉·总计」 = 1+0 = 1']);
  });

  it('does not fire on the table label "未经复议直接起诉"', () => {
    const r = buildReport({ paragraphs: { 4: ['未经复议直接起诉的案件已审结。'] }, t4: t4With({ 5: 1, 9: 1 }) });
    expect(runRule(n06, r).violations).toEqual([]);
  });
});

describe('N-07 normative documents', () => {
  const withTable2 = (issued: number, repealed: number, paragraphs: string[]) => {
    const r = buildReport({ paragraphs: { 1: paragraphs } });
    r.table2!.blocks = [
      {
        item: '第二十条第（一）项',
        headers: ['本年制发件数', '本年废止件数', '现行有效件数'],
        rows: [{ id: 'normative', label: '行政规范性文件', rawLabel: '行政规范性文件', cells: [cell(issued, '#t2 a'), cell(repealed, '#t2 b'), cell(5, '#t2 c')], at: null }],
      },
    ];
    return r;
  };

  it('fires on 制发规范性文件3件 vs 本年制发件数 2', () => {
    const { violations } = runRule(n07, withTable2(2, 1, ['全年制发行政规范性文件3件，废止1件。']));
    expect(violations).toHaveLength(1);
    expect(violations[0]!.severity).toBe('warning');
    expect(violations[0]!.message.zh).toContain('（制发规范性文件 3），但表二「规范性文件·本年制发件数」为 2');
  });

  it('passes when both counts agree, and does not read counts of other documents (方案)', () => {
    expect(runRule(n07, withTable2(3, 1, ['全年制发行政规范性文件3件，废止1件。'])).passed).toBe(true);
    expect(runRule(n07, withTable2(0, 0, ['印发工作方案3件，规范性文件管理进一步加强。'])).inapplicable).toBe(true);
  });
});

describe('claims about one office rather than the issuer', () => {
  it('N-02 asks for review, not a violation, when an office received the stated figure on the issuer\'s behalf (洪泽 2024)', () => {
    const r = buildReport({
      paragraphs: { 1: ['2024年,区政府办代表区政府受理政府信息公开申请17件,均已在法定期限内予以答复。'] },
      t3: { new: col7(95), granted: col7(95), total: col7(95) },
    });
    const { violations, reviews } = runRule(n02, r);
    expect(violations).toHaveLength(0);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]!.message.zh).toContain('17');
    expect(reviews[0]!.message.zh).toContain('95');
  });
});
