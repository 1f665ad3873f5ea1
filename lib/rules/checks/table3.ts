// Reading table 三 by row id and column, with the names messages use.
import type { Cell, Report, Row, Table3 } from '../../schema';
import { T3_COLUMNS, T3_ROWS, type T3RowDef, type TemplateVersion } from '../../report/templates';
import { memo } from '../../narrative/memo';
import type { Bilingual } from '../define';
import { CellTerm, type Term } from './relation';

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

/** The first row of each id (what `rows.find` by id would return). */
function rowsById(table: Table3): Map<string, Row> {
  const byId = new Map<string, Row>();
  for (const row of table.rows) if (!byId.has(row.id)) byId.set(row.id, row);
  return byId;
}

export function t3Row(table: Table3, id: string): Row | undefined {
  return memo(table, rowsById).get(id);
}

/** A table 三 cell as a term, named by its row and column. */
class T3Term extends CellTerm {
  constructor(cell: Cell | undefined, private readonly row: Row | undefined, private readonly rowId: string, private readonly column: number) {
    super(cell);
  }

  protected writeName(): Bilingual {
    const def = t3RowDef(this.rowId);
    const col = columnLabel(this.column);
    return { zh: `${def?.short ?? this.row?.label ?? this.rowId}·${col.zh}`, en: `${def?.en ?? this.rowId} (${col.en})` };
  }
}

/** The terms of table 三 by row, made once per audit run: the table 三 rules read the same cells over and over. */
export class T3TermRows {
  private readonly made = new Map<string, Term[]>();
  private readonly rows: Map<string, Row>;

  constructor(table: Table3) {
    this.rows = memo(table, rowsById); // the index t3Row reads too
  }

  /** The terms of row `rowId`, one per column of the template (blanks where the row was not read). */
  of(rowId: string): readonly Term[] {
    let terms = this.made.get(rowId);
    if (terms === undefined) {
      const row = this.rows.get(rowId);
      terms = [];
      for (let column = 0; column < T3_COLUMN_COUNT; column++) terms.push(new T3Term(row?.cells[column], row, rowId, column));
      this.made.set(rowId, terms);
    }
    return terms;
  }
}

const newTermRows = (table: Table3) => new T3TermRows(table);

export function t3TermRows(table: Table3): T3TermRows {
  return memo(table, newTermRows);
}

/** The terms of row `rowId`, one per column of the template (blanks where the row was not read). */
export function t3RowTerms(table: Table3, rowId: string): readonly Term[] {
  return t3TermRows(table).of(rowId);
}

/** A cell of table 三 as a relation term; a row or cell that was not read is a blank. */
export function t3Term(table: Table3, rowId: string, column: number): Term {
  const term = t3RowTerms(table, rowId)[column];
  if (term !== undefined) return term;
  const row = t3Row(table, rowId);
  return new T3Term(row?.cells[column], row, rowId, column);
}

export function columnLabel(column: number): { zh: string; en: string } {
  const col = T3_COLUMNS[column];
  return { zh: col?.label ?? `C${column + 1}`, en: col?.en ?? `C${column + 1}` };
}

// A table whose rows could not be read at all (text run together) is reported by the reading
// report as unread; its relations are not checked cell by cell.
export const hasTable3 = (report: Report): boolean =>
  report.table3 !== null && report.table3.rows.some((row) => row.rawLabel !== null);
