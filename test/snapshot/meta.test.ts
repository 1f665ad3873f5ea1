// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractSnapshot, publishedAtFromText } from '../../lib/snapshot';
import { DOMS, documentFrom } from './doms';

describe.each(DOMS)('title and publishedAt (%s)', (dom) => {
  const snapshotOf = (html: string) => extractSnapshot(documentFrom(dom, html));

  it('reads the <title>, normalised', () => {
    const snapshot = snapshotOf('<html><head><title> 王助镇２０２１年政府信息公开工作年度报告 </title></head><body><p>x</p></body></html>');
    expect(snapshot.title).toBe('王助镇2021年政府信息公开工作年度报告');
  });

  it('reads publishedAt from <meta name="PubDate">, as written', () => {
    const snapshot = snapshotOf('<html><head><meta name="PubDate" content="2022-01-17 10:00"><title>t</title></head><body><p>发布时间：2023-01-01</p></body></html>');
    expect(snapshot.publishedAt).toBe('2022-01-17 10:00');
  });

  it('reads publishedAt from other meta names', () => {
    expect(snapshotOf('<html><head><meta name="publishdate" content="2022年01月17日"></head><body></body></html>').publishedAt).toBe('2022年01月17日');
    expect(snapshotOf('<html><head><meta property="article:published_time" content="2022-01-17T08:00:00+08:00"></head><body></body></html>').publishedAt).toBe(
      '2022-01-17T08:00:00+08:00',
    );
  });

  it('falls back to a "发布时间：" line near the top', () => {
    const snapshot = snapshotOf('<div class="info">来源：万市镇　发布时间：2022年01月17日　浏览次数：12</div><p>正文</p>');
    expect(snapshot.publishedAt).toBe('2022年01月17日');
  });

  it('finds the date in an info table (发布日期 | date)', () => {
    const snapshot = snapshotOf('<table><tr><td>索引号</td><td>001/2022-00001</td><td>发布日期</td><td>2022/1/17</td></tr></table>');
    expect(snapshot.publishedAt).toBe('2022/1/17');
  });

  it('is null when the page has no date label (a sign-off date is not a publication date)', () => {
    const snapshot = snapshotOf('<p>统计时间：2021年1月1日至2021年12月31日</p><p>万市镇人民政府</p><p>2022年1月17日</p>');
    expect(snapshot.publishedAt).toBeNull();
  });
});

describe('publishedAtFromText', () => {
  it('accepts the usual labels and date shapes', () => {
    expect(publishedAtFromText('发布时间:2022-01-17')).toBe('2022-01-17');
    expect(publishedAtFromText('发布日期: 2022年01月17日 来源:区政府办')).toBe('2022年01月17日');
    expect(publishedAtFromText('时间:2022/1/17')).toBe('2022/1/17');
    expect(publishedAtFromText('发布时间 2022-01-17 09:30:00')).toBe('2022-01-17 09:30:00');
  });

  it('rejects date ranges and longer words ending in 时间', () => {
    expect(publishedAtFromText('时间:2021年1月1日至2021年12月31日')).toBeNull();
    expect(publishedAtFromText('统计时间:2021-12-31')).toBeNull();
    expect(publishedAtFromText('2022年1月17日')).toBeNull();
  });
});
