// Reading table 三 by row id and column, with the names messages use.
import type { Report, Row, Table3 } from '../../schema';
import { T3_COLUMNS, T3_ROWS, type T3RowDef, type TemplateVersion } from '../../report/templates';
import type { Term } from './relation';

export const T3_COLUMN_COUNT = T3_COLUMNS.length;

/** The template whose rows table 三 follows: the report's, else guessed from the rows read. */
export function t3Version(report: Report): TemplateVersion {
  if (report.template) return report.template;
  return report.table3?.rows.some((r) => r.id === 'other') ? '2019' : '2021';
}

export function t3RowDefs(report: Report): T3RowDef[] {
  return T3_ROWS[t3Version(report)];
}

const ALL_DEFS = new Map<string, T3RowDef>([...T3_ROWS['2019'], ...T3_ROWS['2021']].map((d) => [d.id, d]));

export function t3RowDef(id: string): T3RowDef | undefined {
  return ALL_DEFS.get(id);
}

export function t3Row(table: Table3, id: string): Row | undefined {
  return table.rows.find((r) => r.id === id);
}

/** A cell of table 三 as a relation term; a row or cell that was not read is a blank. */
export function t3Term(table: Table3, rowId: string, column: number): Term {
  const row = t3Row(table, rowId);
  const def = t3RowDef(rowId);
  const col = T3_COLUMNS[column];
  const rowZh = def?.short ?? row?.label ?? rowId;
  const rowEn = def?.en ?? rowId;
  return {
    cell: row?.cells[column],
    name: { zh: `${rowZh}·${col?.label ?? `C${column + 1}`}`, en: `${rowEn} (${col?.en ?? `C${column + 1}`})` },
  };
}

export function columnLabel(column: number): { zh: string; en: string } {
  const col = T3_COLUMNS[column];
  return { zh: col?.label ?? `C${column + 1}`, en: col?.en ?? `C${column + 1}` };
}

// A table whose rows could not be read at all (text run together) is reported by the reading
// report as unread; its relations are not checked cell by cell.
export const hasTable3 = (report: Report): boolean =>
  report.table3 !== null && report.table3.rows.some((row) => row.rawLabel !== null);
