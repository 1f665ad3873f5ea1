// Structure rules beyond the first path (reference §5.1): S-02, S-04 … S-09.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../helpers/report-builder';
import { runRule } from '../helpers/run-rule';
import s02 from '../../lib/rules/s-02-section-tables';
import s04 from '../../lib/rules/s-04-table-shape';
import s05 from '../../lib/rules/s-05-label-drift';
import s06 from '../../lib/rules/s-06-overview-items';
import s07 from '../../lib/rules/s-07-accountability';
import s08 from '../../lib/rules/s-08-heading-numbering';
import s09 from '../../lib/rules/s-09-title';
import type { Report } from '../../lib/schema';

const withT2 = (extra = {}) => buildReport({ t2: {}, ...extra });

describe('S-02 sections 二–四 carry their tables', () => {
  it('passes when all three tables are there', () => expect(runRule(s02, withT2()).passed).toBe(true));
  it('flags sections 三 and 四 with headings but no tables (五常民意乡)', () => {
    const { violations } = runRule(s02, buildReport({ t2: {}, t3: null, t4: null }));
    expect(violations.map((v) => v.expected)).toEqual(['表三', '表四']);
    expect(violations[0]!.severity).toBe('error');
  });
  it('passes a missing section (left to S-01)', () => {
    expect(runRule(s02, buildReport({ t2: {}, t4: null, sections: [1, 2, 3, 5, 6] })).passed).toBe(true);
  });
});

describe('S-04 table shape', () => {
  it('passes a complete 2021 report', () => expect(runRule(s04, withT2()).passed).toBe(true));
  it('fires once for table 三, listing both problems of seed 001', () => {
    const report = withT2();
    report.table3!.shapeIssues.push(
      { kind: 'extra-cells', rowId: 'total', message: { zh: '「(七) 总计」多于 7 个', en: 'total: more than 7' }, at: [] },
      { kind: 'detached-label', rowId: 'withheld3', message: { zh: '「3.危及」错位', en: 'detached' }, at: [] },
    );
    const { violations } = runRule(s04, report);
    expect(violations).toHaveLength(1);
    expect(violations[0]!.severity).toBe('warning');
    expect(violations[0]!.message.zh).toMatch(/表三.*2 处.*总计.*3\.危及/);
  });
  it('flags a 2019 table 二 without its (九) block', () => {
    const report = buildReport({ year: 2020, template: '2019', t2: {} });
    report.table2!.blocks = report.table2!.blocks.filter((b) => b.item !== '第二十条第（九）项');
    const { violations } = runRule(s04, report);
    expect(violations).toHaveLength(1);
    expect(violations[0]!.message.zh).toContain('缺少「第二十条第（九）项」');
  });
});

describe('S-05 label drift', () => {
  it('passes official labels, full-width or not, with spacing', () => {
    const report = withT2();
    report.table3!.rows[2]!.rawLabel = '(一) 予以公开';
    expect(runRule(s05, report).passed).toBe(true);
  });
  it('fires one hint listing the three drifted table-三 labels of seed 002', () => {
    const report = buildReport({ year: 2020, template: '2019', t2: {} });
    const set = (id: string, raw: string) => (report.table3!.rows.find((r) => r.id === id)!.rawLabel = raw);
    set('new', '一、本年新收到政府信息公开申请数量');
    set('carried', '二、上年转结政府信息公开申请数量');
    set('forward', '四、转结下年度继续办理');
    const { violations } = runRule(s05, report);
    expect(violations).toHaveLength(1);
    expect(violations[0]!.severity).toBe('info');
    expect(violations[0]!.message.zh).toContain('3 处');
    expect(violations[0]!.expected).toBe('一、本年新收政府信息公开申请数量；二、上年结转政府信息公开申请数量；四、结转下年度继续办理');
  });
  it('flags the (八) header of seed 001 with 保留4位小数', () => {
    const report = withT2();
    report.table2!.blocks.find((b) => b.item === '第二十条第（八）项')!.headers = ['本年收费金额（单位：万元，保留4位小数）'];
    const { violations } = runRule(s05, report);
    expect(violations).toHaveLength(1);
    expect(violations[0]!.expected).toBe('本年收费金额（单位：万元）');
  });
});

describe('S-06 the five sub-items of the overview', () => {
  const five = ['(一)主动公开', '(二)依申请公开', '(三)政府信息管理', '(四)政府信息公开平台建设', '(五)监督保障'];
  it('passes when all five are covered', () => expect(runRule(s06, buildReport({ paragraphs: { 1: five } })).passed).toBe(true));
  it('fires a warning for a 2021 report missing 监督保障', () => {
    const { violations } = runRule(s06, buildReport({ paragraphs: { 1: five.slice(0, 4) } }));
    expect(violations).toHaveLength(1);
    expect(violations[0]!.severity).toBe('warning');
    expect(violations[0]!.actual).toBe('缺少监督保障');
  });
  it('fires a hint for the 2019 format (seed 002)', () => {
    const report = buildReport({ year: 2020, template: '2019', paragraphs: { 1: ['2020年，三七市镇镇优化公开平台，深化主动公开内容，规范依申请公开受理机制。'] } });
    const { violations } = runRule(s06, report);
    expect(violations[0]!.severity).toBe('info');
    expect(violations[0]!.actual).toBe('缺少政府信息管理、政府信息公开平台建设、监督保障');
  });
});

describe('S-07 考核, 评议 and 责任追究 in the report of a government', () => {
  it('passes when all three are mentioned anywhere (seed 003)', () => {
    const report = buildReport({ paragraphs: { 1: ['加强政府信息公开工作的监督考核、社会评议、责任追究工作。'] } });
    expect(runRule(s07, report).passed).toBe(true);
  });
  it('fires and names what is missing: seed 000 has only 责任追究', () => {
    const report = buildReport({ paragraphs: { 1: ['2021年本单位未发生政府信息公开工作责任追究情况。'] } });
    const { violations } = runRule(s07, report);
    expect(violations).toHaveLength(1);
    expect(violations[0]!.severity).toBe('warning');
    expect(violations[0]!.actual).toBe('缺少考核、评议');
  });
  it('does not fire for a department or an unknown issuer (inapplicable)', () => {
    expect(runRule(s07, buildReport({ issuerType: 'department' })).inapplicable).toBe(true);
    const unknown = buildReport();
    unknown.issuerType = null;
    expect(runRule(s07, unknown).inapplicable).toBe(true);
  });
});

describe('S-08 heading numbering', () => {
  const headed = (headings: string[], paragraphs: Partial<Record<number, string[]>> = {}): Report => {
    const report = buildReport({ paragraphs });
    report.sections.forEach((s, i) => (s.heading = headings[i] ?? s.heading));
    return report;
  };
  const official = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
  it('passes 一、 headings with (一) sub-headings and 1. items', () => {
    expect(runRule(s08, headed(official, { 1: ['(一)主动公开', '(二)依申请公开'], 5: ['(一)存在的主要问题', '1.主动性有待加强。', '2.便利性有待强化。'] })).passed).toBe(true);
  });
  it('flags "4、" among 一、 headings (seed 002) as a hint', () => {
    const headings = [...official];
    headings[3] = '4、政府信息公开行政复议、行政诉讼情况';
    const { violations } = runRule(s08, headed(headings));
    expect(violations).toHaveLength(1);
    expect(violations[0]!.severity).toBe('info');
    expect(violations[0]!.expected).toBe('一、');
    expect(violations[0]!.actual).toBe('1、');
  });
  it('flags "(3)" among (一) sub-headings (seed 004)', () => {
    const { violations } = runRule(s08, headed(official, { 1: ['(一)主动公开', '(二)依申请公开', '(3) 政府信息管理', '(四)平台建设'] }));
    expect(violations).toHaveLength(1);
    expect(violations[0]!.actual).toBe('(1)');
  });
  it('does not take 2.5万 for a numbered item', () => {
    expect(runRule(s08, headed(official, { 1: ['1.主动公开', '2.5万人次浏览。'] })).passed).toBe(true);
  });
});

describe('S-09 title and sign-off organ', () => {
  it('passes seed 000: 富阳区万市镇 titled, 万市镇人民政府 signed', () => {
    const report = buildReport({ title: '富阳区万市镇2021年政府信息公开工作年度报告', signDate: '2022-01-17', signOrgan: '万市镇人民政府' });
    expect(runRule(s09, report).passed).toBe(true);
  });
  it('passes seed 002: 三七市镇 titled, 余姚市三七市镇 signed', () => {
    const report = buildReport({ title: '三七市镇2020年政府信息公开工作年度报告', signDate: '2021-01-20', signOrgan: '余姚市三七市镇' });
    expect(runRule(s09, report).passed).toBe(true);
  });
  it('flags another organ in the sign-off', () => {
    const report = buildReport({ title: '富阳区万市镇2021年政府信息公开工作年度报告', signDate: '2022-01-17', signOrgan: '上官乡人民政府' });
    const { violations } = runRule(s09, report);
    expect(violations).toHaveLength(1);
    expect(violations[0]!.expected).toBe('富阳区万市镇');
    expect(violations[0]!.actual).toBe('上官乡人民政府');
  });
  it('flags a title without a year or 年度报告', () => {
    const { violations } = runRule(s09, buildReport({ title: '某镇政府信息公开工作年报' }));
    expect(violations.map((v) => v.message.zh)).toEqual(['标题没有年度', '标题没有“年度报告”']);
  });
});
