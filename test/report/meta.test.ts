import { describe, expect, it } from 'vitest';
import { findTitle, findSignOff, yearOf, agencyOf } from '../../lib/report/meta';
import type { StreamRow } from '../../lib/report/stream';

const lines = (texts: string[]): StreamRow[] =>
  texts.map((text, item) => ({ cells: [{ text, at: { selector: `p${item}`, snippet: text } }], item, delimited: false, source: 'text' }));

describe('title', () => {
  it('skips a breadcrumb that mentions 年报 and takes the report title', () => {
    const rows = lines(['当前位置:首页 > 政务公开 > 政府信息公开年报', '富阳区上官乡2020年政府信息公开工作年度报告', '一、总体情况']);
    expect(findTitle(rows, 3, '')?.title).toBe('富阳区上官乡2020年政府信息公开工作年度报告');
  });
  it('joins an organ line and a year line', () => {
    const rows = lines(['富阳区人民政府春江街道办事处', '2021年度政府信息公开工作年度报告']);
    expect(findTitle(rows, 2, '')?.title).toBe('富阳区人民政府春江街道办事处2021年度政府信息公开工作年度报告');
  });
  it('reads year and agency from the title', () => {
    expect(yearOf('三七市镇2020年政府信息公开工作年度报告')).toBe(2020);
    expect(agencyOf('三七市镇2020年政府信息公开工作年度报告')).toBe('三七市镇');
    expect(yearOf('政府信息公开工作年度报告')).toBeNull();
  });
});

describe('sign-off', () => {
  it('reads an organ and a date in Chinese numerals', () => {
    const rows = lines(['六、其他需要报告的事项', '无。', '某某镇人民政府', '二〇二二年一月十七日']);
    expect(findSignOff(rows, new Set(), 0)).toMatchObject({ organ: '某某镇人民政府', date: '2022-01-17' });
  });
  it('ignores portal footer lines after the report', () => {
    const rows = lines(['某某镇人民政府', '2022年1月17日', '版权所有:某某区人民政府 网站标识码3301830001']);
    expect(findSignOff(rows, new Set(), 0)).toMatchObject({ date: '2022-01-17' });
  });
  it('finds nothing when the report ends in prose', () => {
    const rows = lines(['六、其他需要报告的事项', '本年度未收取信息处理费。']);
    expect(findSignOff(rows, new Set(), 0)).toBeNull();
  });
});
