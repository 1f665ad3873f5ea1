import { describe, expect, it } from 'vitest';
import q01 from '../../lib/rules/q-01-placeholders';
import q02 from '../../lib/rules/q-02-debris';
import q03 from '../../lib/rules/q-03-foreign-boilerplate';
import q04 from '../../lib/rules/q-04-repetition';
import q05 from '../../lib/rules/q-05-problems-section';
import q06 from '../../lib/rules/q-06-punctuation';
import q07 from '../../lib/rules/q-07-procurement-average';
import { buildReport, cell, paragraphSelector, type CellSpec } from '../helpers/report-builder';
import { runRule } from '../helpers/run-rule';
import { seed000, seed004 } from '../helpers/seed-reports';

// Real sentences from the seeds (reference §8).
const S003_MANAGEMENT =
  '一是进一步完善政务信息常态化管理机制，建立健全政务信息制作、公开、存档等制度，探索对政务信息进行全生命周期的规范管理。三是完善工作机制。按照“统一管理、统一标准、统一规范”的原则，以标准为依据、以资源共享为目的，整合内部信息资源，建设内容信息公开体系，保障信息的权威性、准确性以及及时性，提高信息的应用、服务水平。保障公民、法人和其他组织依法获取教育信息，提高工作透明度，促进依法行政，充分发挥政府信息对人民群众的服务作用。';
const S003_PLAN =
  '2021年，上官乡将不断改进政务公开各项工作，抓住重点、明确内容、落实措施，促使政务公开工作成效有深度、有广度。重点做好以下几项工作：一是强化任务落实，不断提升政务公开质量，细化任务分工，强化督查整改；二是进一步拓展创新，提高重点领域和政策解读信息公开水平，探索教育系统政务公开特色和亮点；三是积极参加市、区举办的政务公开业务培训会。';
const S002_OVERVIEW = '2020年，三七市镇镇高度重视政府信息公开工作，以建设法治政府、阳光政府为目标，加强组织领导。';

describe('Q-01 placeholders', () => {
  it('fires on XX, ×××, （待） and a blank number before a unit', () => {
    const r = buildReport({ paragraphs: { 1: ['XX镇主动公开信息  条，其中政策文件×××件。', '培训情况（待）。'] } });
    const { violations } = runRule(q01, r);
    expect(violations).toHaveLength(1);
    expect(violations[0]!.actual).toBe('4');
    expect(violations[0]!.severity).toBe('warning');
  });

  it('passes on the seeds (no placeholders) and does not fire on URLs or English words', () => {
    expect(runRule(q01, seed004()).passed).toBe(true);
    expect(runRule(q01, buildReport({ paragraphs: { 1: ['网址 http://www.xxx.gov.cn/XX/ ，使用XXL-Job平台。'] } })).passed).toBe(true);
  });
});

describe('Q-02 conversion debris', () => {
  it('fires on seed 000\'s "[bookmark: _GoBack]" and on ** marks, with the paragraph as locator', () => {
    const r = buildReport({ paragraphs: { 6: ['[bookmark: _GoBack]本单位2021年未收取信息处理费。'], 1: ['(一) **主动公开情况**:…'] } });
    const { violations } = runRule(q02, r);
    expect(violations).toHaveLength(1);
    expect(violations[0]!.severity).toBe('info');
    expect(violations[0]!.actual).toBe('3');
    expect(violations[0]!.locators.map((l) => l.selector)).toEqual([paragraphSelector(1, 0), paragraphSelector(1, 0), paragraphSelector(6, 0)]);
  });

  it('passes on clean text', () => {
    expect(runRule(q02, seed000()).passed).toBe(true);
  });
});

describe('Q-03 boilerplate from another organ type', () => {
  it('fires on seed 003\'s education phrases in a township report', () => {
    const r = buildReport({ title: '富阳区上官乡2020年政府信息公开工作年度报告', agency: '富阳区上官乡', issuerType: 'township', paragraphs: { 1: [S003_MANAGEMENT], 5: [S003_PLAN] } });
    const { violations } = runRule(q03, r);
    expect(violations).toHaveLength(1);
    expect(violations[0]!.message.zh).toContain('“依法获取教育信息”、“教育系统”');
  });

  it('fires on 我局 in a subdistrict report', () => {
    const r = buildReport({ agency: '春江街道办事处', paragraphs: { 1: ['我局认真贯彻落实条例。'] } });
    r.issuerType = 'subdistrict';
    expect(runRule(q03, r).violations).toHaveLength(1);
  });

  it('passes on a township report in its own words, and does not fire on 基本局面', () => {
    const r = buildReport({ paragraphs: { 1: ['我镇形成了政务公开的基本局面。'] } });
    expect(runRule(q03, r).passed).toBe(true);
  });

  it('does not fire when the issuer type is unknown or a county government', () => {
    const unknown = buildReport({ paragraphs: { 1: [S003_MANAGEMENT] } });
    unknown.issuerType = null;
    expect(runRule(q03, unknown).inapplicable).toBe(true);
    expect(runRule(q03, buildReport({ issuerType: 'county', paragraphs: { 1: [S003_MANAGEMENT] } })).inapplicable).toBe(true);
  });
});

describe('Q-04 enumeration gaps and repeats', () => {
  it('fires on seed 003\'s 一是…三是 without 二是', () => {
    const { violations } = runRule(q04, buildReport({ paragraphs: { 1: [S003_MANAGEMENT] } }));
    expect(violations.map((v) => v.message.zh)).toEqual(['序列缺项或字词重复 1 处：“一是…三是（缺二是）”']);
  });

  it('fires on seed 002\'s 三七市镇镇 (the organ name with its last character doubled)', () => {
    const r = buildReport({ agency: '三七市镇', paragraphs: { 1: [S002_OVERVIEW] } });
    expect(runRule(q04, r).violations[0]!.message.zh).toContain('“三七市镇镇”');
  });

  it('fires on a list item repeated in one sentence', () => {
    const r = buildReport({ paragraphs: { 4: ['因政府信息公开工作被申请行政复议、提起行政诉讼、因政府信息公开工作被申请行政复议的情况。'] } });
    expect(runRule(q04, r).violations).toHaveLength(1);
  });

  it('passes on complete enumerations, one continued in the next paragraph (seed 004), and legitimate doubles (小区区域, 人人, 常常)', () => {
    const r = buildReport({
      agency: '春江街道',
      paragraphs: {
        5: ['下一步主要是做好以下几方面工作：一是进一步完善政府信息公开各项规章制度；', '二是紧紧围绕实施政府信息公开工作，多渠道宣传。'],
        1: ['小区区域人人参与，常常开展，统一是前提。', S003_PLAN],
      },
    });
    expect(runRule(q04, r).passed).toBe(true);
  });
});

describe('Q-05 section 五', () => {
  it('fires when section 五 is just "无"', () => {
    const { violations } = runRule(q05, buildReport({ paragraphs: { 5: ['无。'] } }));
    expect(violations.map((v) => [v.severity, v.actual])).toEqual([['warning', '无。']]);
  });

  it('fires when section 五 is empty', () => {
    expect(runRule(q05, buildReport({ paragraphs: { 5: [] } })).violations[0]!.actual).toBe('（空）');
  });

  it('passes with content, and does not fire without section 五', () => {
    expect(runRule(q05, buildReport({ paragraphs: { 5: [S003_PLAN] } })).passed).toBe(true);
    expect(runRule(q05, buildReport({ sections: [1, 2, 3, 4, 6] })).inapplicable).toBe(true);
  });
});

describe('Q-06 punctuation', () => {
  it('fires on "，，" and "，。"', () => {
    const r = buildReport({ paragraphs: { 1: ['加强组织领导，，狠抓责任落实，。'] } });
    expect(runRule(q06, r).violations[0]!.actual).toBe('2');
  });

  it('passes on ……, —— and thousands separators', () => {
    expect(runRule(q06, buildReport({ paragraphs: { 1: ['等等……其他——共1,234条。'] } })).passed).toBe(true);
  });
});

describe('Q-07 centralised procurement average', () => {
  const withProcurement = (count: CellSpec, amount: string | number, unit: string | null) => {
    const r = buildReport({ year: 2020, template: '2019' });
    const amountCell = { ...cell(typeof amount === 'number' ? amount : Number.parseFloat(amount), '#t2 amount'), raw: String(amount), unit };
    r.table2!.blocks = [
      { item: '第二十条第（九）项', headers: ['采购项目数量', '采购总金额'], rows: [{ id: 'procurement', label: '政府集中采购', rawLabel: '政府集中采购', cells: [cell(count, '#t2 count'), amountCell], at: null }] },
    ];
    return r;
  };

  it('fires on seed 002: 38 projects for 22.64万元 (0.596万元 each)', () => {
    const { violations } = runRule(q07, withProcurement(38, '22.64万元', '万元'));
    expect(violations).toHaveLength(1);
    expect(violations[0]!.severity).toBe('info');
    expect(violations[0]!.actual).toBe('22.64 ÷ 38 ≈ 0.596 万元');
  });

  it('passes on seed 003: 11 projects for 185.5897万元, and on 251000元 for 2 projects', () => {
    expect(runRule(q07, withProcurement(11, '185.5897万元', '万元')).passed).toBe(true);
    expect(runRule(q07, withProcurement(2, '251000元', '元')).passed).toBe(true);
  });

  it('does not fire on the 2021 template (no procurement item)', () => {
    expect(runRule(q07, buildReport()).inapplicable).toBe(true);
  });
});
