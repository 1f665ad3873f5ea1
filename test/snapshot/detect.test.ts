// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { looksLikeReport } from '../../lib/snapshot';
import { DOMS, documentFrom } from './doms';

describe.each(DOMS)('looksLikeReport (%s)', (dom) => {
  it('accepts a report by its title', () => {
    expect(looksLikeReport(documentFrom(dom, '<html><head><title>某镇2021年政府信息公开工作年度报告</title></head><body></body></html>'))).toBe(true);
  });

  it('accepts a report by its opening text (title elsewhere)', () => {
    expect(looksLikeReport(documentFrom(dom, '<html><head><title>详情页</title></head><body><h1>某区2022年政务公开工作年报</h1></body></html>'))).toBe(true);
    expect(looksLikeReport(documentFrom(dom, '<h1>某镇2021年政府信息</h1><p>公开工作年度报告</p>'))).toBe(true);
  });

  it('rejects pages with only one of the two words', () => {
    expect(looksLikeReport(documentFrom(dom, '<html><head><title>政府信息公开指南</title></head><body><p>政府信息公开目录</p></body></html>'))).toBe(false);
    expect(looksLikeReport(documentFrom(dom, '<html><head><title>2021年企业年度报告</title></head><body><p>财务</p></body></html>'))).toBe(false);
  });

  it('ignores script text and text beyond the first ~20k characters', () => {
    expect(looksLikeReport(documentFrom(dom, '<script>"政府信息公开年度报告"</script><p>新闻</p>'))).toBe(false);
    expect(looksLikeReport(documentFrom(dom, `<p>${'新闻'.repeat(15_000)}</p><p>政府信息公开工作年度报告</p>`))).toBe(false);
  });
});
