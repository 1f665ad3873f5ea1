// Taking a row's values after its label, in both shapes a table can reach us: a delimited row
// (its cell boundaries known) or a run of one-cell lines. Counting is right-anchored: label
// columns sit on the left, so spare cells (a detached label's blanks, a Word row's stray cell)
// show up on the left or as trailing blanks.
import type { Cell, ShapeIssue } from '../schema';
import { parseCellValue, type CellValue } from '../numbers/cell-value';
import type { StreamRow, Token } from './stream';

export interface RowValues {
  cells: Cell[];
  issue: ShapeIssue['kind'] | null;
  /** Index of the token after the last one consumed. */
  next: number;
}

function toCell(token: Token): Cell {
  return cellOf(token, parseCellValue(token.text));
}

function cellOf(token: Token, { kind, value, unit }: CellValue): Cell {
  return { raw: token.text, kind, value, unit, at: token.at };
}

function missingCell(): Cell {
  return { raw: '', kind: 'unreadable', value: null, unit: null, at: null };
}

/**
 * Reads `count` values after the label token at `labelIndex`. `isStop` says whether a token ends
 * the run in the one-cell-per-line shape (another label or prose).
 */
export function readValuesAfter(
  tokens: Token[],
  rows: StreamRow[],
  labelIndex: number,
  count: number,
  isStop: (token: Token) => boolean,
): RowValues {
  const label = tokens[labelIndex]!;
  const row = rows[label.row]!;
  const run: Cell[] = [];
  let next = labelIndex + 1;
  if (row.delimited && label.index < row.cells.length - 1) {
    while (next < tokens.length && tokens[next]!.row === label.row) run.push(toCell(tokens[next++]!));
  } else {
    // One cell per line: take value tokens until a label or prose; stop early once a label follows.
    while (next < tokens.length) {
      const token = tokens[next]!;
      if (isStop(token)) break;
      const value = parseCellValue(token.text); // read once: the test here, the cell below
      if (value.kind === 'unreadable') break;
      // A delimited row further on is a row of its own, not this label's values.
      if (rows[token.row]!.delimited && rows[token.row]!.cells.length > 1) break;
      run.push(cellOf(token, value));
      next++;
    }
  }
  const shaped = shapeCells(run, count);
  return { cells: shaped.cells, issue: shaped.issue, next };
}

/** Fits a run of value tokens to `count` columns (see the module comment). */
export function shapeRun(run: Token[], count: number): Omit<RowValues, 'next'> {
  return shapeCells(run.map(toCell), count);
}

/** shapeRun for a run whose cells are read already. */
function shapeCells(cells: Cell[], count: number): Omit<RowValues, 'next'> {
  // Trailing blanks beyond the expected count belong to the layout (or to the next row's label column).
  while (cells.length > count && cells[cells.length - 1]!.kind === 'blank') cells.pop();
  // Leading blanks beyond it are spare label columns.
  while (cells.length > count && cells[0]!.kind === 'blank') cells.shift();
  if (cells.length === count) return { cells, issue: null };
  if (cells.length > count) return { cells: cells.slice(cells.length - count), issue: 'extra-cells' };
  if (cells.every((cell) => cell.kind === 'blank')) {
    // An empty row drawn with fewer cells: still an empty row.
    const padded = [...cells];
    while (padded.length < count) padded.push({ raw: '', kind: 'blank', value: null, unit: null, at: cells[0]?.at ?? null });
    return { cells: padded, issue: null };
  }
  // Too few values: which column each belongs to is unknown, so none is read as a number.
  const unread: Cell[] = cells.map((cell) => ({ ...cell, kind: 'unreadable', value: null }));
  while (unread.length < count) unread.push(missingCell());
  return { cells: unread, issue: 'missing-cells' };
}
