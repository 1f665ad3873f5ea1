// The reading report: what was found and read in each table, so "unread" is never taken for "correct".
import type { Cell, Reading, Table2, Table3, Table4, TableReading } from '../schema';
import { T2_BLOCKS, T3_COLUMNS, T3_ROWS, T4_GROUPS, T4_OUTCOMES, type TemplateVersion } from './templates';

const T4_CELL_COUNT = T4_GROUPS.length * T4_OUTCOMES.length;

function summarise(
  source: 'table' | 'text' | null,
  rows: { id: string; cells: Cell[]; found: boolean }[],
  rowsExpected: number,
  columns: { found: number; expected: number },
): TableReading {
  const reading: TableReading = {
    found: source !== null,
    source,
    rowsFound: rows.filter((row) => row.found).length,
    rowsExpected,
    columnsFound: source === null ? 0 : columns.found,
    columnsExpected: columns.expected,
    cellsRead: 0,
    cellsBlank: 0,
    unreadable: [],
  };
  for (const row of rows) {
    for (let column = 0; column < row.cells.length; column++) {
      const cell = row.cells[column]!;
      if (cell.kind === 'number' || cell.kind === 'na') reading.cellsRead++;
      else if (cell.kind === 'blank') reading.cellsBlank++;
      else if (row.found) reading.unreadable.push({ rowId: row.id, column, raw: cell.raw });
    }
  }
  return reading;
}

export function buildReading(
  template: TemplateVersion | null,
  table2: Table2 | null,
  table3: Table3 | null,
  table4: Table4 | null,
  table3ColumnsFound: number,
): Reading {
  const version = template ?? '2021';
  const t2Rows = table2?.blocks.flatMap((block) => block.rows.map((row) => ({ id: row.id, cells: row.cells, found: true }))) ?? [];
  const t2Expected = T2_BLOCKS[version].reduce((sum, block) => sum + block.rows.length, 0);
  const t3Rows = table3?.rows.map((row) => ({ id: row.id, cells: row.cells, found: row.rawLabel !== null })) ?? [];
  const t4Rows = table4 ? [{ id: 'table4', cells: table4.cells, found: true }] : [];
  const t2Columns = {
    found: table2?.blocks.reduce((sum, block) => sum + block.headers.length, 0) ?? 0,
    expected: T2_BLOCKS[version].reduce((sum, block) => sum + block.headers.length, 0),
  };
  const t4Columns = { found: table4?.cells.filter((cell) => cell.at !== null).length ?? 0, expected: T4_CELL_COUNT };
  const reading = {
    table2: summarise(table2?.source ?? null, t2Rows, t2Expected, t2Columns),
    table3: summarise(table3?.source ?? null, t3Rows, T3_ROWS[version].length, { found: table3ColumnsFound, expected: T3_COLUMNS.length }),
    table4: summarise(table4?.source ?? null, t4Rows, 1, t4Columns),
    partial: false,
  };
  const incomplete = (table: TableReading) =>
    !table.found || table.unreadable.length > 0 || table.rowsFound < table.rowsExpected;
  reading.partial = incomplete(reading.table2) || incomplete(reading.table3) || incomplete(reading.table4);
  return reading;
}
