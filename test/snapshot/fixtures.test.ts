// @vitest-environment node
// The seed reports drawn as HTML (test/fixtures/pages, built by test/fixtures/build-pages.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PageSnapshot, SnapshotTable } from '../../lib/schema';
import { PageSnapshotSchema } from '../../lib/schema';
import { extractSnapshot, looksLikeReport } from '../../lib/snapshot';
import { DOMS, documentFrom, type DomName } from './doms';

const ROOT = join(__dirname, '../..');
const page = (name: string) => readFileSync(join(ROOT, 'test/fixtures/pages', name), 'utf8');
const SAMPLE = readFileSync(join(ROOT, 'assets/sample/shangguan-2020.html'), 'utf8');
const SEED_IDS = ['000', '001', '002', '003', '004'];

const tables = (snapshot: PageSnapshot) => snapshot.items.filter((item): item is SnapshotTable => item.type === 'table');
const textAt = (table: SnapshotTable, row: number, column: number) => table.cells[table.grid[row]?.[column] ?? -1]?.text;

describe.each(DOMS)('seed fixture pages (%s)', (dom: DomName) => {
  it.each(SEED_IDS)('seed %s: the <table> page and the one-<p>-per-cell page hold the same cells in the same order', (id) => {
    const tablePage = extractSnapshot(documentFrom(dom, page(`seed-${id}.table.html`)));
    const paragraphPage = extractSnapshot(documentFrom(dom, page(`seed-${id}.p.html`)));
    expect(tables(paragraphPage)).toHaveLength(0);
    expect(tables(tablePage)).toHaveLength(id === '003' ? 4 : 3);
    // Row by row, source cell by source cell: the same texts (blank cells included) as the <p> page.
    // Seed 003 has one cell wrapped over two lines: a <br> inside the cell's <p> makes two blocks.
    const linesOf = (text: string) => text.split(/ (?=\(区政府门户网站)/);
    const flattened = tablePage.items.flatMap((item) => (item.type === 'text' ? [item.text] : item.cells.flatMap((cell) => linesOf(cell.text))));
    expect(paragraphPage.items.map((item) => (item.type === 'text' ? item.text : '#table'))).toEqual(flattened);
    expect(paragraphPage.items.some((item) => item.type === 'text' && item.tag === 'p' && item.text === '')).toBe(true);
    expect(() => PageSnapshotSchema.parse(tablePage)).not.toThrow();
    expect(looksLikeReport(documentFrom(dom, page(`seed-${id}.p.html`)))).toBe(true);
  });

  it('seed 001 keeps its defects: the detached label row and the 8-number 总计 row', () => {
    const t3 = tables(extractSnapshot(documentFrom(dom, page('seed-001.table.html'))))[1] as SnapshotTable;
    const rowOf = (label: string) => t3.grid.findIndex((row) => row.some((index) => t3.cells[index]?.text.startsWith(label)));
    const detached = rowOf('3.危及');
    expect(textAt(t3, detached, 0)).toBe('3.危及“三安全一稳定”');
    const total = t3.grid[rowOf('(七) 总计')] as number[];
    expect(total.filter((index) => t3.cells[index]?.text === '0')).toHaveLength(8);
    const width = t3.grid[0]?.length ?? 0;
    expect(t3.grid.every((row) => row.length === width)).toBe(true);
    expect(t3.grid.some((row) => row.includes(-1))).toBe(true); // ragged rows padded
  });
});

describe.each(DOMS)('bundled sample page (%s)', (dom: DomName) => {
  const doc = documentFrom(dom, SAMPLE);
  const snapshot = extractSnapshot(doc, { url: 'file:///sample.html' });

  it('has the title, no invented publication date, and looks like a report', () => {
    expect(snapshot.title).toBe('富阳区上官乡2020年政府信息公开工作年度报告');
    expect(snapshot.publishedAt).toBeNull();
    expect(snapshot.truncated).toBe(false);
    expect(looksLikeReport(doc)).toBe(true);
    expect(() => PageSnapshotSchema.parse(snapshot)).not.toThrow();
  });

  it('expands the Word T3 table to the 2019 template grid (26 rows × 10 columns)', () => {
    const t3 = tables(snapshot).find((table) => table.cells[0]?.text.includes('本列数据')) as SnapshotTable;
    expect(t3.grid).toHaveLength(26);
    expect(t3.grid.every((row) => row.length === 10)).toBe(true);
    expect(t3.cells[0]).toMatchObject({ rowSpan: 3, colSpan: 3 });
    expect(textAt(t3, 2, 8)).toBe('其他');
    expect(textAt(t3, 2, 9)).toBe('总计');
    const outcome = t3.cells.find((cell) => cell.text === '三、本年度办理结果');
    expect(outcome).toMatchObject({ rowSpan: 20, colSpan: 1 });
    expect(t3.cells.find((cell) => cell.text === '(三)不予公开')).toMatchObject({ rowSpan: 8 });
    expect(textAt(t3, 24, 1)).toBe('(七)总计');
    expect([textAt(t3, 24, 3), textAt(t3, 24, 4), textAt(t3, 24, 9)]).toEqual(['4', '', '4']);
    expect(textAt(t3, 25, 2)).toBe('四、结转下年度继续办理');
  });

  it('expands T2 and T4 spans', () => {
    const [, t2, , t4] = tables(snapshot) as SnapshotTable[];
    expect(t2?.grid.every((row) => row.length === 4)).toBe(true);
    expect(t2 && textAt(t2, 0, 3)).toBe('第二十条第(一)项');
    expect(t2 && textAt(t2, 17, 3)).toBe('185.5897万元');
    expect(t4?.grid.map((row) => row.length)).toEqual([15, 15, 15, 15]);
    expect(t4 && [textAt(t4, 2, 0), textAt(t4, 2, 5), textAt(t4, 1, 9)]).toEqual(['结果维持', '结果维持', '未经复议直接起诉']);
  });

  it('leaves out the portal chrome that is not text (scripts, hidden share box, form controls)', () => {
    const texts = snapshot.items.flatMap((item) => (item.type === 'text' ? [item.text] : []));
    expect(texts.join('\n')).not.toMatch(/统计代码|分享到|请输入关键字|搜索|_hmt/);
    expect(texts).toContain('无其他需要报告的事项。');
  });

  it('gives selectors that re-find every item and cell', () => {
    for (const item of snapshot.items) {
      expect(doc.querySelector(item.selector), item.selector).not.toBeNull();
      if (item.type === 'table') for (const cell of item.cells) expect(doc.querySelector(cell.selector)?.localName).toBe('td');
    }
  });
});
