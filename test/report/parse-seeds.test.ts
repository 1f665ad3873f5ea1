// The five seeds, read from their text form: what reference §8 and the seed texts say is there.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { snapshotFromText } from '../../lib/snapshot';
import { parseReport } from '../../lib/report';
import type { Report } from '../../lib/schema';

function seed(id: string): Report {
  const text = readFileSync(`test/fixtures/seeds/seed-${id}.txt`, 'utf8');
  return parseReport(snapshotFromText(text, `file:seed-${id}.txt`));
}

const values = (report: Report, rowId: string) =>
  report.table3!.rows.find((row) => row.id === rowId)!.cells.map((cell) => (cell.kind === 'blank' ? null : cell.value));

describe('parse: seed 000 (万市镇 2021, tables one cell per line)', () => {
  const report = seed('000');
  it('reads title, year, agency, template and sign-off', () => {
    expect(report.kind).toBe('report');
    expect(report.title).toBe('富阳区万市镇2021年政府信息公开工作年度报告');
    expect(report.year).toBe(2021);
    expect(report.agency).toBe('富阳区万市镇');
    expect(report.template).toBe('2021');
    expect(report.signOff).toMatchObject({ organ: '万市镇人民政府', date: '2022-01-17' });
  });
  it('finds all six sections in order whatever their numbering (1、 5、 6、)', () => {
    expect(report.sections.map((section) => section.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });
  it('reads the three tables completely', () => {
    expect(report.table3!.rows).toHaveLength(25);
    expect(report.reading.table3).toMatchObject({ found: true, cellsRead: 175, cellsBlank: 0, unreadable: [] });
    expect(report.reading.table3).toMatchObject({ columnsFound: 7, columnsExpected: 7, rowsFound: 25, rowsExpected: 25 });
    expect(report.reading.table2).toMatchObject({ columnsFound: 6, columnsExpected: 6 });
    expect(report.reading.table4).toMatchObject({ columnsFound: 15, columnsExpected: 15 });
    expect(report.table4!.cells.map((cell) => cell.value)).toEqual(new Array(15).fill(0));
    expect(report.table2!.blocks.map((block) => block.rows.length)).toEqual([2, 1, 2, 1]);
    expect(report.reading.partial).toBe(false);
  });
  it('keeps table cells out of the prose', () => {
    const prose = report.sections.flatMap((section) => section.paragraphs.map((p) => p.text));
    expect(prose.some((text) => text === '0' || text === '结果维持' || text === '自然人')).toBe(false);
  });
});

describe('parse: seed 001 (王助镇 2021, tab-separated rows with defects)', () => {
  const report = seed('001');
  it('reads the five empty rows as blanks, 35 in all, not as zeros', () => {
    for (const id of ['granted', 'partial', 'withheld1', 'withheld2', 'withheld3']) {
      expect(values(report, id)).toEqual(new Array(7).fill(null));
    }
    expect(report.reading.table3.cellsBlank).toBe(35);
  });
  it('reads the rows after the split correctly', () => {
    expect(values(report, 'withheld4')).toEqual(new Array(7).fill(0));
    expect(values(report, 'forward')).toEqual(new Array(7).fill(0));
  });
  it('reports the detached label and the 总计 row with 8 numbers (S-04 material)', () => {
    const issues = report.table3!.shapeIssues.map((issue) => `${issue.kind}:${issue.rowId}`);
    expect(issues).toEqual(expect.arrayContaining(['detached-label:withheld3', 'extra-cells:total']));
    expect(issues).toHaveLength(2);
  });
  it('has no sign-off', () => {
    expect(report.signOff).toBeNull();
    expect(report.template).toBe('2021');
  });
});

describe('parse: seed 002 (三七市镇 2020, 2019 template, no section 六)', () => {
  const report = seed('002');
  it('detects the 2019 template and the single （六）其他处理 row', () => {
    expect(report.template).toBe('2019');
    expect(report.table3!.rows).toHaveLength(23);
    expect(report.table3!.rows.some((row) => row.id === 'other')).toBe(true);
  });
  it('finds sections 一 to 五 only', () => {
    expect(report.sections.map((section) => section.number)).toEqual([1, 2, 3, 4, 5]);
  });
  it('reads table 二 with signed and unit-bearing cells', () => {
    const rows = report.table2!.blocks.flatMap((block) => block.rows);
    expect(rows.find((row) => row.id === 'penalty')!.cells.map((cell) => cell.value)).toEqual([0, 6, 6]);
    const procurement = rows.find((row) => row.id === 'procurement')!.cells;
    expect(procurement.map((cell) => [cell.value, cell.unit])).toEqual([[38, null], [22.64, '万元']]);
  });
  it('takes the organ-only last line as the sign-off, without a date', () => {
    expect(report.signOff).toMatchObject({ organ: '余姚市三七市镇', date: null });
  });
});

describe('parse: seed 003 (上官乡 2020, blank organisation columns)', () => {
  const report = seed('003');
  it('reads 4 in （七）总计 for 自然人 and 总计, blanks in between', () => {
    expect(values(report, 'total')).toEqual([4, null, null, null, null, null, 4]);
    expect(values(report, 'new')).toEqual([0, null, null, null, null, null, 0]);
    expect(report.reading.table3.cellsBlank).toBe(115);
  });
  it('reads the sign-off date 2020-12-31', () => {
    expect(report.signOff).toMatchObject({ organ: '杭州市富阳区上官乡人民政府', date: '2020-12-31' });
    expect(report.year).toBe(2020);
    expect(report.template).toBe('2019');
  });
});

describe('parse: seed 004 (春江街道 2021, title over two lines)', () => {
  const report = seed('004');
  it('joins the title and finds the agency', () => {
    expect(report.title).toBe('富阳区人民政府春江街道办事处2021年度政府信息公开工作年度报告');
    expect(report.agency).toBe('富阳区人民政府春江街道办事处');
    expect(report.year).toBe(2021);
  });
  it('has no sign-off and a preamble with the 统计时限', () => {
    expect(report.signOff).toBeNull();
    expect(report.preamble.map((p) => p.text).join('')).toContain('统计时限');
  });
});
