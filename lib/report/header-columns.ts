// Reading a row under its header's columns. In an HTML table the header names the grid column of
// each of table 三's seven columns; a data row's value for a column is the cell covering that grid
// column, whatever spans the label cells have. A data cell merged across two columns cannot be
// split, so both columns become unreadable rather than guessed.
import type { Cell } from '../schema';
import { parseCellValue } from '../numbers/cell-value';
import type { StreamRow, Token } from './stream';

export interface HeaderColumns {
  item: number;
  columns: number[];
}

/** Finds the grid columns of the given header words (in order) within one HTML table. */
export function findHeaderColumns(tokens: Token[], rows: StreamRow[], from: number, to: number, words: readonly string[]): HeaderColumns | null {
  const columns: number[] = [];
  let item = -1;
  for (const word of words) {
    let found = -1;
    for (let i = from; i < to; i++) {
      const token = tokens[i]!;
      if (token.key !== word || token.column === undefined) continue;
      const row = rows[token.row]!;
      if (row.source !== 'table') continue;
      // Ragged header rows (a table without spans) say nothing reliable about the grid's columns.
      if (row.ragged) return null;
      if (item >= 0 && row.item !== item) continue;
      item = row.item;
      found = token.column;
      break;
    }
    if (found < 0) return null;
    columns.push(found);
  }
  const ascending = columns.every((column, k) => k === 0 || column > columns[k - 1]!);
  return ascending ? { item, columns } : null;
}

/**
 * The row's cells under the header columns, or null when this row cannot be read that way (another
 * table, or its label reaching into the value columns, as in a row whose cells shifted).
 */
export function readUnderHeader(tokens: Token[], rows: StreamRow[], labelIndex: number, header: HeaderColumns): Cell[] | null {
  const label = tokens[labelIndex]!;
  const row = rows[label.row]!;
  if (row.item !== header.item || !row.columns || !row.widths || row.ragged) return null;
  const rowStart = labelIndex - label.index;
  const cellAt = (column: number) => row.columns!.findIndex((start, k) => start <= column && column < start + row.widths![k]!);
  const picked = header.columns.map(cellAt);
  if (picked.some((k) => k <= label.index)) return null;
  return picked.map((k) => {
    const token = tokens[rowStart + k]!;
    const merged = picked.filter((other) => other === k).length > 1;
    if (merged) return { raw: token.text, kind: 'unreadable', value: null, unit: null, at: token.at };
    const { kind, value, unit } = parseCellValue(token.text);
    return { raw: token.text, kind, value, unit, at: token.at };
  });
}
