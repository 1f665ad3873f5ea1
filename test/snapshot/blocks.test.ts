// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { SnapshotItem } from '../../lib/schema';
import { PageSnapshotSchema } from '../../lib/schema';
import { extractSnapshot } from '../../lib/snapshot';
import { DOMS, documentFrom } from './doms';

/** Items as short strings: "p:text" for text blocks, "table:r×c" for tables. */
function outline(items: SnapshotItem[]): string[] {
  return items.map((item) => (item.type === 'text' ? `${item.tag}:${item.text}` : `table:${item.grid.length}×${item.grid[0]?.length ?? 0}`));
}

describe.each(DOMS)('extractSnapshot (%s)', (dom) => {
  const snapshotOf = (html: string) => extractSnapshot(documentFrom(dom, html), { url: 'https://example.gov.cn/a.html' });

  it('gives blocks in reading order with data tables in between', () => {
    const snapshot = snapshotOf(`
      <h1>某镇2021年政府信息公开工作年度报告</h1>
      <div class="content">
        <p>一、总体情况</p>
        <p>正文<span>第一</span><b>段</b></p>
        <table><tr><td>信息内容</td><td>本年制发件数</td></tr><tr><td>规章</td><td>0</td></tr></table>
        <p>三、收到和处理政府信息公开申请情况</p>
      </div>`);
    expect(outline(snapshot.items)).toEqual([
      'h1:某镇2021年政府信息公开工作年度报告',
      'p:一、总体情况',
      'p:正文第一段',
      'table:2×2',
      'p:三、收到和处理政府信息公开申请情况',
    ]);
    expect(() => PageSnapshotSchema.parse(snapshot)).not.toThrow();
  });

  it('ends blocks at <br> and attributes text around a child block to its parent', () => {
    const snapshot = snapshotOf('<div>before<p>inside</p>after<br>next line</div>');
    expect(outline(snapshot.items)).toEqual(['div:before', 'p:inside', 'div:after', 'div:next line']);
  });

  it('keeps empty <p> as blank cells but not empty layout wrappers', () => {
    const snapshot = snapshotOf(`
      <div><div><div>
        <p>自然人</p><p>&nbsp;</p><p><span><o:p></o:p></span></p><p>0</p>
      </div></div></div>
      <div class="clear"></div>`);
    expect(outline(snapshot.items)).toEqual(['p:自然人', 'p:', 'p:', 'p:0']);
  });

  it('joins a label split over several <p> inside a layout cell into one block each', () => {
    const snapshot = snapshotOf('<table><tr><td><p>商业</p><p>企业</p></td></tr></table>');
    expect(outline(snapshot.items)).toEqual(['p:商业', 'p:企业']);
  });

  it('flattens layout tables (nested tables, single cell) and keeps the inner data table', () => {
    const snapshot = snapshotOf(`
      <table><tr><td>导航</td><td>
        <p>正文开始</p>
        <table><tr><td>a</td><td>b</td></tr></table>
        <p>正文结束</p>
      </td></tr></table>
      <table><tr><td>单格说明</td></tr></table>`);
    expect(outline(snapshot.items)).toEqual(['td:导航', 'p:正文开始', 'table:1×2', 'p:正文结束', 'td:单格说明']);
  });

  it('skips scripts, styles, templates, svg, hidden and display:none content', () => {
    const snapshot = snapshotOf(`
      <script>var s = '年度报告';</script><style>p { color: red }</style><noscript>请启用脚本</noscript>
      <template><p>模板</p></template><svg><text>图</text></svg>
      <p hidden>隐藏</p><div style="color:red; display : none">不显示</div>
      <p>可见</p>`);
    expect(outline(snapshot.items)).toEqual(['p:可见']);
  });

  it('gives each preformatted line its own item, keeping tabs', () => {
    const snapshot = snapshotOf('<pre>\n规章\t0\t0\t0\n\t\t4.保护第三方合法权益\t0\n\n</pre><div style="white-space: pre">a\tb\nc</div>');
    expect(snapshot.items.map((item) => (item.type === 'text' ? [item.tag, item.text] : null))).toEqual([
      ['pre', '规章\t0\t0\t0'],
      ['pre', '\t\t4.保护第三方合法权益\t0'],
      ['pre', ''],
      ['pre', 'a\tb'],
      ['pre', 'c'],
    ]);
  });

  it('gives selectors that re-find the block element', () => {
    const doc = documentFrom(dom, `
      <div id="a"><div><p>one</p><span>x</span><p>two</p></div></div>
      <div><ul><li>item</li></ul><p>three<br>four</p><table><tr><td>c1</td><td>c2</td></tr></table></div>`);
    const snapshot = extractSnapshot(doc);
    expect(outline(snapshot.items)).toEqual(['p:one', 'div:x', 'p:two', 'li:item', 'p:three', 'p:four', 'table:1×2']);
    for (const item of snapshot.items) {
      const element = doc.querySelector(item.selector);
      expect(element, item.selector).not.toBeNull();
      if (item.type === 'text') {
        expect(element!.localName).toBe(item.tag);
        expect(element!.textContent).toContain(item.text.split(' ')[0]);
      } else {
        expect(element!.localName).toBe('table');
      }
    }
    expect(snapshot.items[2]?.selector).toBe('html>body>div:nth-of-type(1)>div:nth-of-type(1)>p:nth-of-type(2)');
  });

  it('passes the frame through and validates against the schema', () => {
    const snapshot = extractSnapshot(documentFrom(dom, '<p>x</p>'), { url: 'u', frame: '0.1' });
    expect(snapshot.frame).toBe('0.1');
    expect(snapshot.url).toBe('u');
    expect(() => PageSnapshotSchema.parse(snapshot)).not.toThrow();
  });
});
