// The page as one stream of rows of cells, whatever shape the tables were drawn in: an HTML table
// row, a tab- or pipe-separated line, or (tables drawn one cell per line / per <p>) a one-cell row.
import type { Locator, PageSnapshot, SnapshotTable } from '../schema';
import { isValueText } from '../numbers/cell-value';
import { splitInlineHeadings } from './inline-headings';
import { labelKey } from './text';
import { T2_BLOCKS, T3_COLUMNS, T4_OUTCOMES } from './templates';

const TABLE_HEADER_WORDS = new Set(
  [
    '信息内容',
    '申请人情况',
    '法人或其他组织',
    '法人或者其他组织',
    '行政复议',
    '行政诉讼',
    '未经复议直接起诉',
    '复议后起诉',
    ...T3_COLUMNS.map((column) => column.label),
    ...T4_OUTCOMES.map((outcome) => outcome.label),
    ...Object.values(T2_BLOCKS).flatMap((blocks) => blocks.flatMap((block) => block.headers)),
  ].map(labelKey),
);
const HEADER_WORDS_LONGEST_FIRST = [...TABLE_HEADER_WORDS].sort((a, b) => b.length - a.length);
const TABLE2_ROW_LABELS = new Set(
  Object.values(T2_BLOCKS).flatMap((blocks) => blocks.flatMap((block) => block.rows.map((row) => labelKey(row.label)))),
);

export interface StreamCell {
  text: string;
  at: Locator;
}

export interface StreamRow {
  cells: StreamCell[];
  /** Index of the snapshot item the row came from. */
  item: number;
  /** True when the row's cell boundaries are known (table row, tabbed line); false for one cell per line. */
  delimited: boolean;
  /** For HTML tables: the grid column of each cell's first slot (lets readers detect detached labels). */
  columns?: number[];
  /** For HTML tables: the number of the grid's columns each cell covers in this row. */
  widths?: number[];
  /** For HTML tables: the row is shorter than the grid (ragged rows), so its columns are not the header's. */
  ragged?: boolean;
  source: 'table' | 'text';
  /** The HTML tag of a text line (h1, p, li…), for telling a headline from a list item. */
  tag?: string;
}

const SNIPPET = 60;

export function locatorFor(selector: string, text: string, frame?: string): Locator {
  const at: Locator = { selector, snippet: text.slice(0, SNIPPET) };
  if (frame !== undefined) at.frame = frame;
  return at;
}

function tableRows(table: SnapshotTable, item: number, frame?: string): StreamRow[] {
  return table.grid.map((slots) => {
    const cells: StreamCell[] = [];
    const columns: number[] = [];
    const widths: number[] = [];
    let previous = -2;
    slots.forEach((cellIndex, column) => {
      if (cellIndex === previous && cellIndex >= 0) {
        widths[widths.length - 1]! += 1; // the same source cell spanning several columns
        return;
      }
      previous = cellIndex;
      widths.push(1);
      const cell = cellIndex >= 0 ? table.cells[cellIndex] : undefined;
      const text = cell?.text ?? '';
      cells.push({ text, at: locatorFor(cell?.selector ?? table.selector, text, frame) });
      columns.push(column);
    });
    return { cells, item, delimited: true, columns, widths, ragged: slots.includes(-1), source: 'table' as const };
  });
}

/** Splits a line drawn as a table row: tabs, or full-width/ASCII pipes. */
function splitLine(text: string): string[] | null {
  // A single leading tab is indentation (one cell per line); tabs between cells make a row.
  if (text.replace(/^\t+/, '').includes('\t')) return text.split('\t').map((part) => part.trim());
  if (/[|｜]/.test(text) && text.split(/[|｜]/).length >= 3) {
    return text.replace(/^\s*[|｜]|[|｜]\s*$/g, '').split(/[|｜]/).map((part) => part.trim());
  }
  return splitHeaderWords(text) ?? splitTrailingNumbers(text);
}

/**
 * "信息内容 本年制发件数 本年废止件数": a header row drawn as one line, its words separated by spaces
 * or (after whitespace between CJK characters was dropped) run together. Split when the whole line
 * is made of known header words.
 */
function splitHeaderWords(text: string): string[] | null {
  let rest = labelKey(text);
  if (rest.length < 4 || rest.length > 120) return null;
  const words: string[] = [];
  while (rest.length > 0) {
    const word = HEADER_WORDS_LONGEST_FIRST.find((candidate) => rest.startsWith(candidate));
    if (!word) return null;
    words.push(word);
    rest = rest.slice(word.length);
  }
  return words.length >= 2 ? words : null;
}

/** "一、本年新收…数量 0 0 0 0 0 0 0": a label and its numbers on one line, separated by spaces. */
function splitTrailingNumbers(text: string): string[] | null {
  const words = text.trim().split(/\s+/);
  // One word is never a row (one number alone needs a label before it): most prose lines end here,
  // before the costly value test on the whole line.
  if (words.length < 2) return null;
  let first = words.length;
  while (first > 0 && isValueText(words[first - 1]!) && words[first - 1] !== '') first--;
  const numbers = words.length - first;
  const label = words.slice(0, first).join('');
  // One number is enough after a known row label ("行政许可 35"); otherwise a line of prose could end in one.
  const minimum = TABLE2_ROW_LABELS.has(labelKey(label)) ? 1 : 2;
  if (numbers < minimum || (first === 0 && numbers < 3)) return null;
  return first === 0 ? words : [label, ...words.slice(first)];
}

export function buildStream(snapshot: PageSnapshot): StreamRow[] {
  const rows: StreamRow[] = [];
  snapshot.items.forEach((entry, item) => {
    if (entry.type === 'table') {
      rows.push(...tableRows(entry, item, entry.frame ?? snapshot.frame));
      return;
    }
    if (entry.tag === 'gap') return;
    const make = (text: string) => ({ text, at: locatorFor(entry.selector, text || entry.text, entry.frame ?? snapshot.frame) });
    for (const line of splitInlineHeadings(entry.text) ?? [entry.text]) {
      const parts = splitLine(line);
      if (parts) rows.push({ cells: parts.map(make), item, delimited: true, source: 'text', tag: entry.tag });
      else rows.push({ cells: [make(line.trim())], item, delimited: false, source: 'text', tag: entry.tag });
    }
  });
  return rows;
}

/** A cell's position in the stream. */
export interface Token extends StreamCell {
  row: number;
  index: number;
  column: number | undefined;
}

export function tokensOf(rows: StreamRow[]): Token[] {
  const tokens: Token[] = [];
  // Plain loops and a fixed-shape literal: spreading each cell was a fifth of parseReport's time.
  for (let rowIndex = 0; rowIndex < rows.length; rowIndex += 1) {
    const row = rows[rowIndex]!;
    for (let index = 0; index < row.cells.length; index += 1) {
      const cell = row.cells[index]!;
      tokens.push({ text: cell.text, at: cell.at, row: rowIndex, index, column: row.columns?.[index] });
    }
  }
  return tokens;
}
