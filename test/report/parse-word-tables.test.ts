// Word-exported tables: spans on label and header cells, labels split over <p>, &nbsp; blanks.
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { extractSnapshot } from '../../lib/snapshot';
import { parseReport } from '../../lib/report';
import { wordTable3 } from '../helpers/word-table3';

function parseHtml(html: string) {
  const window = new Window();
  window.document.write(`<!doctype html><html><head><title>t</title></head><body>${html}</body></html>`);
  return parseReport(extractSnapshot(window.document as unknown as Document, { url: 'http://x.gov.cn/a.html' }));
}

const page = (table: string) => `
  <h1>某某镇2021年政府信息公开工作年度报告</h1>
  <p>一、总体情况</p><p>……</p>
  <p>三、收到和处理政府信息公开申请情况</p>${table}
  <p>四、政府信息公开行政复议、行政诉讼情况</p>`;

describe('parse: Word-style table 三 with spans', () => {
  it('reads each row under the right columns (2021)', () => {
    const report = parseHtml(page(wordTable3('2021', {
      new: [3, 1, 0, 0, 0, 0, 4],
      granted: [2, 1, 0, 0, 0, 0, 3],
      unable1: [1, '&nbsp;', 0, 0, 0, 0, 1],
      total: [3, 1, 0, 0, 0, 0, 4],
    })));
    const row = (id: string) => report.table3!.rows.find((r) => r.id === id)!.cells.map((c) => (c.kind === 'blank' ? null : c.value));
    expect(report.table3!.rows).toHaveLength(25);
    expect(row('new')).toEqual([3, 1, 0, 0, 0, 0, 4]);
    expect(row('granted')).toEqual([2, 1, 0, 0, 0, 0, 3]);
    expect(row('unable1')).toEqual([1, null, 0, 0, 0, 0, 1]);
    expect(row('withheld8')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(row('other3')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(row('total')).toEqual([3, 1, 0, 0, 0, 0, 4]);
    expect(report.table3!.shapeIssues).toEqual([]);
    expect(report.table3!.source).toBe('table');
  });

  it('reads the 2019 shape with （六）其他处理 as one row', () => {
    const report = parseHtml(page(wordTable3('2019', { other: [1, 0, 0, 0, 0, 0, 1] })));
    expect(report.table3!.rows).toHaveLength(23);
    expect(report.table3!.rows.find((r) => r.id === 'other')!.cells.map((c) => c.value)).toEqual([1, 0, 0, 0, 0, 0, 1]);
  });

  it('points each cell at its own <td>', () => {
    const report = parseHtml(page(wordTable3('2021', { total: [9, 0, 0, 0, 0, 0, 9] })));
    const total = report.table3!.rows.find((r) => r.id === 'total')!;
    expect(total.cells[0]!.at!.selector).toMatch(/td/);
    expect(total.cells[0]!.at!.selector).not.toBe(total.cells[6]!.at!.selector);
  });

  it('reads under the header columns when a data cell spans two columns, and does not guess the merged one', () => {
    const html = wordTable3('2021', { granted: [2, 'M1', 'M2', 0, 0, 0, 2] }).replace(
      /<td [^>]*><p[^>]*><span[^>]*>M1<\/span><o:p><\/o:p><\/p><\/td><td [^>]*><p[^>]*><span[^>]*>M2<\/span><o:p><\/o:p><\/p><\/td>/,
      '<td colspan=2><p>0</p></td>',
    );
    expect(html).toContain('colspan=2><p>0');
    const report = parseHtml(page(html));
    const granted = report.table3!.rows.find((r) => r.id === 'granted')!.cells;
    expect(granted.map((c) => c.kind)).toEqual(['number', 'unreadable', 'unreadable', 'number', 'number', 'number', 'number']);
    expect(granted[6]!.value).toBe(2);
    expect(report.reading.table3.unreadable.map((u) => [u.rowId, u.column])).toEqual([['granted', 1], ['granted', 2]]);
  });
});
