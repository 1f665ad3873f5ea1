// The page as one stream of rows of cells, whatever shape the tables were drawn in: an HTML table
// row, a tab- or pipe-separated line, or (tables drawn one cell per line / per <p>) a one-cell row.
import type { Locator, PageSnapshot, SnapshotTable, SnapshotText } from '../schema';
import { isValueText } from '../numbers/cell-value';
import { splitInlineHeadings } from './inline-headings';
import { labelKey } from './text';
import type { T3LabelMatch } from './t3-labels';
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
/** The header words by their first character's code, longest first: a line is tried only against the words it can start with. */
const HEADER_WORDS_BY_FIRST = new Map<number, string[]>();
for (const word of [...TABLE_HEADER_WORDS].sort((a, b) => b.length - a.length)) {
  const bucket = HEADER_WORDS_BY_FIRST.get(word.charCodeAt(0));
  if (bucket) bucket.push(word);
  else HEADER_WORDS_BY_FIRST.set(word.charCodeAt(0), [word]);
}
const TABLE2_ROW_LABELS = new Set(
  Object.values(T2_BLOCKS).flatMap((blocks) => blocks.flatMap((block) => block.rows.map((row) => labelKey(row.label)))),
);

export interface StreamCell {
  text: string;
  at: Locator;
  /** labelKey(text), when the stream already took it. */
  key?: string;
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

function tableRows(rows: StreamRow[], table: SnapshotTable, item: number, frame?: string): void {
  for (const slots of table.grid) {
    const cells: Token[] = [];
    const columns: number[] = [];
    const widths: number[] = [];
    let previous = -2;
    let ragged = false;
    for (let column = 0; column < slots.length; column++) {
      const cellIndex = slots[column]!;
      if (cellIndex === -1) ragged = true;
      if (cellIndex === previous && cellIndex >= 0) {
        widths[widths.length - 1]! += 1; // the same source cell spanning several columns
        continue;
      }
      previous = cellIndex;
      widths.push(1);
      const cell = cellIndex >= 0 ? table.cells[cellIndex] : undefined;
      const text = cell?.text ?? '';
      cells.push(tokenCell(text, locatorFor(cell?.selector ?? table.selector, text, frame), labelKey(text), rows.length, cells.length, column));
      columns.push(column);
    }
    rows.push({ cells, item, delimited: true, columns, widths, ragged, source: 'table' });
  }
}

/** True when a tab follows the line's first character that is not a tab (a single leading run is indentation). */
function hasInnerTab(text: string): boolean {
  let start = 0;
  while (start < text.length && text.charCodeAt(start) === 9) start++;
  return text.indexOf('\t', start) >= 0;
}

/** Splits a line drawn as a table row with tabs, or full-width/ASCII pipes. */
function splitDelimited(text: string): string[] | null {
  // A single leading tab is indentation (one cell per line); tabs between cells make a row.
  if (hasInnerTab(text)) return text.split('\t').map((part) => part.trim());
  if ((text.includes('|') || text.includes('｜')) && text.split(/[|｜]/).length >= 3) {
    return text.replace(/^\s*[|｜]|[|｜]\s*$/g, '').split(/[|｜]/).map((part) => part.trim());
  }
  return null;
}

/**
 * "信息内容 本年制发件数 本年废止件数": a header row drawn as one line, its words separated by spaces
 * or (after whitespace between CJK characters was dropped) run together. Split when the whole line
 * is made of known header words.
 */
function splitHeaderWords(key: string): string[] | null {
  let rest = key;
  if (rest.length < 4 || rest.length > 120) return null;
  const words: string[] = [];
  while (rest.length > 0) {
    const word = HEADER_WORDS_BY_FIRST.get(rest.charCodeAt(0))?.find((candidate) => rest.startsWith(candidate));
    if (!word) return null;
    words.push(word);
    rest = rest.slice(word.length);
  }
  return words.length >= 2 ? words : null;
}

/** "一、本年新收…数量 0 0 0 0 0 0 0": a label and its numbers on one line, separated by spaces. */
function splitTrailingNumbers(text: string): string[] | null {
  const trimmed = text.trim();
  // One word is never a row (one number alone needs a label before it): most prose lines end here,
  // before the split and the costly value test on the whole line.
  if (!/\s/.test(trimmed)) return null;
  const words = trimmed.split(/\s+/);
  let first = words.length;
  while (first > 0 && isValueText(words[first - 1]!) && words[first - 1] !== '') first--;
  const numbers = words.length - first;
  if (numbers === 0) return null; // prose: no label to look up (the minimum below is 1 or 2)
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
      tableRows(rows, entry, item, entry.frame ?? snapshot.frame);
      return;
    }
    if (entry.tag === 'gap') return;
    const lines = splitInlineHeadings(entry.text);
    if (lines === null) textRow(rows, entry, entry.text, item, snapshot.frame);
    else for (const line of lines) textRow(rows, entry, line, item, snapshot.frame);
  });
  return rows;
}

/**
 * True when the line holds no tab, pipe or whitespace of any kind, so it is no drawn row, has no
 * words to split and nothing to trim: only visible ASCII other than "|", Chinese characters and the
 * Chinese punctuation around them. Most lines are such ("0", "自然人", a paragraph of prose); one
 * pass spares them the tests.
 */
function isPlainLine(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    const plain =
      (code > 0x20 && code < 0x7f && code !== 0x7c) || // ASCII, no space, no pipe
      (code >= 0x4e00 && code <= 0x9fff) || // Chinese characters
      (code >= 0x3001 && code <= 0x303f) || // 、。《》「」【】… (not U+3000, the ideographic space)
      (code >= 0xff01 && code <= 0xff60 && code !== 0xff5c) || // full-width forms, no full-width pipe
      (code >= 0x2010 && code <= 0x2027); // dashes, quotes, … (not U+2028/2029, line and paragraph separators)
    if (!plain) return false;
  }
  return true;
}

/** One line of a text block as a row: cut into cells when drawn as a table row, else a single cell. */
function textRow(rows: StreamRow[], entry: SnapshotText, line: string, item: number, pageFrame: string | undefined): void {
  const frame = entry.frame ?? pageFrame;
  const plain = isPlainLine(line);
  const drawn = plain ? null : splitDelimited(line);
  if (drawn) return delimitedTextRow(rows, entry, item, frame, drawn);
  const key = labelKey(line);
  const parts = splitHeaderWords(key) ?? (plain ? null : splitTrailingNumbers(line));
  if (parts) return delimitedTextRow(rows, entry, item, frame, parts);
  // The key ignores whitespace, so the trimmed line has the line's key.
  const cell = textCell(entry, plain ? line : line.trim(), frame, rows.length, 0, key);
  rows.push({ cells: [cell], item, delimited: false, source: 'text', tag: entry.tag });
}

function delimitedTextRow(rows: StreamRow[], entry: SnapshotText, item: number, frame: string | undefined, parts: string[]): void {
  const row = rows.length;
  const cells = parts.map((part, index) => textCell(entry, part, frame, row, index, labelKey(part)));
  rows.push({ cells, item, delimited: true, source: 'text', tag: entry.tag });
}

function textCell(entry: SnapshotText, text: string, frame: string | undefined, row: number, index: number, key: string): Token {
  return tokenCell(text, locatorFor(entry.selector, text || entry.text, frame), key, row, index, undefined);
}

/** A cell's position in the stream. */
export interface Token extends StreamCell {
  row: number;
  index: number;
  column: number | undefined;
  /** labelKey(text), taken once here: every reader compares keys, token after token. */
  key: string;
  /** The token's table-三 label once asked for (t3LabelOf): the region scan, the reader and its stop test all ask. */
  t3Label?: Readonly<T3LabelMatch> | null;
}

/**
 * buildStream makes each cell as the token it will be (its position is known then): tokensOf hands
 * those on rather than copying every cell, and makes a token only for a cell from elsewhere.
 */
function tokenCell(text: string, at: Locator, key: string, row: number, index: number, column: number | undefined): Token {
  return { text, at, row, index, column, key, t3Label: undefined };
}

function isTokenAt(cell: StreamCell, row: number, index: number, column: number | undefined): cell is Token {
  const token = cell as Partial<Token>;
  return token.row === row && token.index === index && token.column === column && token.key !== undefined;
}

export function tokensOf(rows: StreamRow[]): Token[] {
  const tokens: Token[] = [];
  for (let rowIndex = 0; rowIndex < rows.length; rowIndex += 1) {
    const row = rows[rowIndex]!;
    for (let index = 0; index < row.cells.length; index += 1) {
      const cell = row.cells[index]!;
      const column = row.columns?.[index];
      if (isTokenAt(cell, rowIndex, index, column)) tokens.push(cell);
      else tokens.push(tokenCell(cell.text, cell.at, cell.key ?? labelKey(cell.text), rowIndex, index, column));
    }
  }
  return tokens;
}
