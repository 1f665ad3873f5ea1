// @vitest-environment node
// Grids in both DOMs, without DOM globals (node environment): lib/ must not rely on them.
import { describe, expect, it } from 'vitest';
import { readTable } from '../../lib/snapshot';
import { DOMS, documentFrom } from './doms';

function tableOf(dom: (typeof DOMS)[number], html: string) {
  const doc = documentFrom(dom, html);
  const table = doc.querySelector('table') as Element;
  return { doc, reading: readTable(table) };
}

function expectRectangular(grid: number[][]) {
  const width = grid[0]?.length ?? 0;
  for (const row of grid) expect(row).toHaveLength(width);
}

describe.each(DOMS)('readTable (%s)', (dom) => {
  it('expands the T3 header: a 3×3 corner cell, colspans and rowspans', () => {
    const { reading } = tableOf(dom, `<table>
      <tr><td rowspan=3 colspan=3>corner</td><td colspan=7>申请人情况</td></tr>
      <tr><td rowspan=2>自然人</td><td colspan=5>法人或其他组织</td><td rowspan=2>总计</td></tr>
      <tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
    </table>`);
    const texts = reading.grid.map((row) => row.map((index) => reading.cells[index]?.text));
    expect(texts).toEqual([
      ['corner', 'corner', 'corner', ...Array(7).fill('申请人情况')],
      ['corner', 'corner', 'corner', '自然人', ...Array(5).fill('法人或其他组织'), '总计'],
      ['corner', 'corner', 'corner', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'],
    ]);
    expect(reading.cells[0]).toMatchObject({ rowSpan: 3, colSpan: 3 });
  });

  it('handles a span on a data cell and a group label spanning rows', () => {
    const { reading } = tableOf(dom, `<table>
      <tr><td rowspan=3>(三)不予公开</td><td>1.国家秘密</td><td colspan=2>5</td></tr>
      <tr><td>2.禁止公开</td><td>6</td><td>7</td></tr>
      <tr><td>3.三安全</td><td>8</td><td>9</td></tr>
    </table>`);
    expect(reading.grid).toEqual([
      [0, 1, 2, 2],
      [0, 3, 4, 5],
      [0, 6, 7, 8],
    ]);
  });

  it('extends rowspan=0 to the end of its row group only', () => {
    const { reading } = tableOf(dom, `<table>
      <tbody><tr><td rowspan=0>a</td><td>b</td></tr><tr><td>c</td></tr><tr><td>d</td></tr></tbody>
      <tbody><tr><td>e</td><td>f</td></tr></tbody>
    </table>`);
    expect(reading.grid).toEqual([
      [0, 1],
      [0, 2],
      [0, 3],
      [4, 5],
    ]);
    expect(reading.cells[0]?.rowSpan).toBe(3);
  });

  it('cuts a rowspan at the end of its row group, like browsers', () => {
    const { reading } = tableOf(dom, '<table><tr><td rowspan=5>a</td><td>b</td></tr><tr><td>c</td></tr></table>');
    expect(reading.grid).toEqual([
      [0, 1],
      [0, 2],
    ]);
    expect(reading.cells[0]?.rowSpan).toBe(2);
  });

  it('pads ragged rows with -1 so every row has the same length', () => {
    const { reading } = tableOf(dom, '<table><tr><td>a</td><td>b</td><td>c</td></tr><tr><td>d</td></tr><tr></tr></table>');
    expect(reading.grid).toEqual([
      [0, 1, 2],
      [3, -1, -1],
      [-1, -1, -1],
    ]);
    expectRectangular(reading.grid);
  });

  it('clamps absurd and invalid spans', () => {
    const { reading } = tableOf(dom, '<table><tr><td colspan=99999>a</td><td colspan=0 rowspan=-3>b</td><td colspan=x>c</td></tr></table>');
    expect(reading.cells.map((cell) => [cell.rowSpan, cell.colSpan])).toEqual([
      [1, 1000],
      [1, 1],
      [1, 1],
    ]);
    expect(reading.grid[0]).toHaveLength(1002);
  });

  it('puts tfoot rows last', () => {
    const { reading } = tableOf(dom, '<table><tfoot><tr><td>foot</td></tr></tfoot><tbody><tr><td>body</td></tr></tbody></table>');
    expect(reading.grid.map((row) => reading.cells[row[0] as number]?.text)).toEqual(['body', 'foot']);
  });

  it('points every slot at a source cell whose selector re-finds that cell', () => {
    const { doc, reading } = tableOf(dom, `<div><table>
      <thead><tr><th colspan=2>h</th><th>x</th></tr></thead>
      <tbody><tr><td rowspan=2>a</td><td>b</td><td>c</td></tr><tr><td>d</td><td>e</td></tr></tbody>
    </table></div>`);
    expectRectangular(reading.grid);
    for (const row of reading.grid) {
      for (const index of row) {
        const cell = reading.cells[index];
        expect(cell).toBeDefined();
        expect(doc.querySelector(cell!.selector)?.textContent).toBe(cell!.text);
      }
    }
  });

  it('normalises cell text: <p>-split labels, &nbsp;, <o:p>, full-width digits, zero-width', () => {
    const { reading } = tableOf(dom, `<table><tr>
      <td><p class=MsoNormal><span>商业</span></p><p class=MsoNormal><span>企业<o:p></o:p></span></p></td>
      <td><p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p></td>
      <td>１２\u200b</td>
      <td>（七）总计</td>
      <td>2020年上官乡累计主动公开信息<br>(区政府门户网站信息公开平台)</td>
    </tr></table>`);
    expect(reading.cells.map((cell) => cell.text)).toEqual([
      '商业企业',
      '',
      '12',
      '(七)总计',
      '2020年上官乡累计主动公开信息 (区政府门户网站信息公开平台)',
    ]);
  });
});
