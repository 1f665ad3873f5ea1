// Table 三 (收到和处理政府信息公开申请情况): find its rows by label, read 7 values each.
import type { Row, ShapeIssue, Table3 } from '../schema';
import { T3_COLUMNS, T3_ROWS, type TemplateVersion } from './templates';
import type { StreamRow, Token } from './stream';
import { RowMarks } from './row-marks';
import { isT3HeaderKey, t3LabelOf } from './t3-labels';
import { readValuesAfter } from './row-values';
import { nfkc } from '../nfkc';
import { sectionHeadingNumber } from './sections';
import { findHeaderColumns, readUnderHeader } from './header-columns';
import { parseCellValue } from '../numbers/cell-value';

const COLUMN_COUNT = T3_COLUMNS.length;
const HEADER_WORDS = T3_COLUMNS.map((column) => column.label);
const MAX_REGION_TOKENS = 2000;

export interface Table3Read {
  table: Table3;
  /** Which template the table's own shape points to: （六） as one row (2019) or three (2021). */
  shapeTemplate: TemplateVersion | null;
  /** The rows read, marked in the RowMarks passed in (the three readers can share one). */
  consumed: RowMarks;
  /** Token index after the last value read. */
  end: number;
  /** How many of the seven column headers (自然人 … 总计) were recognised. */
  columnsFound: number;
}

interface Region {
  start: number;
  end: number;
}

/**
 * The stretch of tokens holding table 三: from its header (or first row) to where table 四 or a later
 * section begins. Rows may come in any order, so the row 结转下年度 does not end it.
 */
export function findTable3Region(tokens: Token[], from = 0, to = tokens.length): Region | null {
  let start = -1;
  for (let i = from; i < to; i++) {
    const text = tokens[i]!.text;
    if (text.includes('勾稽关系') || text.includes('申请人情况') || t3LabelOf(tokens[i]!)?.id === 'new') {
      start = i;
      break;
    }
  }
  if (start < 0) return null;
  let lastLabel = start;
  for (let i = start + 1; i < Math.min(to, start + MAX_REGION_TOKENS); i++) {
    const token = tokens[i]!;
    const { text, key } = token;
    if (key === '行政复议' || key === '结果维持') return { start, end: i };
    const section = sectionHeadingNumber(text);
    if (section !== null && section !== 3) return { start, end: i };
    if (t3LabelOf(token)) lastLabel = i;
    // Far past the last row label: whatever follows is not table 三.
    if (i - lastLabel > 80) return { start, end: lastLabel + 9 };
  }
  return { start, end: Math.min(to, start + MAX_REGION_TOKENS) };
}

const SHAPE_MESSAGES: Record<ShapeIssue['kind'], (label: string) => { zh: string; en: string }> = {
  'extra-cells': (label) => ({
    zh: `表三「${label}」一行的数字单元格多于 7 个，按右对齐读取`,
    en: `Table 3 row "${label}" has more than 7 numeric cells; read right-aligned`,
  }),
  'missing-cells': (label) => ({
    zh: `表三「${label}」一行的数字单元格少于 7 个，无法确定各列对应关系`,
    en: `Table 3 row "${label}" has fewer than 7 numeric cells; columns cannot be assigned`,
  }),
  'detached-label': (label) => ({
    zh: `表三「${label}」的行标签与其数据行错位`,
    en: `Table 3 row label "${label}" is detached from its data row`,
  }),
  'missing-row': (label) => ({ zh: `表三缺少「${label}」一行`, en: `Table 3 lacks the row "${label}"` }),
  'duplicate-row': (label) => ({ zh: `表三「${label}」一行出现了两次`, en: `Table 3 row "${label}" appears twice` }),
};

function shapeIssue(kind: ShapeIssue['kind'], rowId: string, label: string, at: Token['at'][]): ShapeIssue {
  return { kind, rowId, message: SHAPE_MESSAGES[kind](label), at };
}

export function readTable3(
  tokens: Token[],
  rows: StreamRow[],
  region: Region,
  templateHint: TemplateVersion | null,
  consumed = new RowMarks(rows.length),
): Table3Read {
  const found = new Map<string, { cells: Row['cells']; token: Token }>();
  const issues: ShapeIssue[] = [];
  const isStop = (token: Token) => t3LabelOf(token) !== null || isT3HeaderKey(token.key);
  let otherAsRow = false;
  let sawOtherSplit = false;
  let lastRead = region.start;
  const header = findHeaderColumns(tokens, rows, region.start, region.end, HEADER_WORDS);

  let previousLeaf: string | null = null;
  for (let i = region.start; i < region.end; i++) {
    const token = tokens[i]!;
    const match: { id: string; group: boolean } | null = t3LabelOf(token) ?? nextSubItem(token.text, previousLeaf);
    if (!match || match.group) continue;
    // In a delimited row only the rightmost label names the row (… | （六）其他处理 | 1.申请人…).
    if (laterLabelInRow(tokens, i)) continue;
    const underHeader = header ? readUnderHeader(tokens, rows, i, header) : null;
    const values = underHeader
      ? { cells: underHeader, issue: null, next: i + 1 + (rows[token.row]!.cells.length - 1 - token.index) }
      : readValuesAfter(tokens, rows, i, COLUMN_COUNT, isStop);
    if (match.id === 'other') {
      // （六）其他处理 carries values only in the 2019 template; in 2021 it heads three rows.
      const hasValues = values.cells.some((cell) => cell.kind === 'number' || cell.kind === 'na');
      if (!hasValues && templateHint !== '2019') continue;
      otherAsRow = true;
    }
    if (match.id.startsWith('other') && match.id !== 'other') sawOtherSplit = true;
    if (found.has(match.id)) {
      issues.push(shapeIssue('duplicate-row', match.id, token.text, [token.at]));
      continue;
    }
    found.set(match.id, { cells: values.cells, token });
    previousLeaf = match.id;
    if (values.issue) issues.push(shapeIssue(values.issue, match.id, token.text, [token.at]));
    consumed.addTokenRows(tokens, i, values.next);
    i = values.next - 1;
    lastRead = values.next;
  }
  consumed.addTokenRows(tokens, region.start, Math.min(region.end, lastRead));

  const shapeTemplate: TemplateVersion | null = sawOtherSplit ? '2021' : otherAsRow ? '2019' : null;
  const template = shapeTemplate ?? templateHint ?? '2021';
  flagDetachedLabels(found, rows, issues);

  const tableRows: Row[] = T3_ROWS[template].map((def) => {
    const hit = found.get(def.id);
    if (!hit) {
      issues.push(shapeIssue('missing-row', def.id, def.label, []));
      const cells = T3_COLUMNS.map(() => ({ raw: '', kind: 'unreadable' as const, value: null, unit: null, at: null }));
      return { id: def.id, label: def.label, rawLabel: null, cells, at: null };
    }
    return { id: def.id, label: def.label, rawLabel: hit.token.text, cells: hit.cells, at: hit.token.at };
  });
  const first = tokens[region.start];
  const source = first && rows[first.row]?.source === 'table' ? 'table' : 'text';
  return {
    table: { source, at: first?.at ?? null, shapeIssues: issues, rows: tableRows },
    shapeTemplate,
    consumed,
    end: lastRead,
    columnsFound: countHeaderWords(tokens, region),
  };
}

const DETACHABLE_GROUPS = ['withheld', 'unable', 'rejected', 'other'];

/** A sub-item label standing in another column than its siblings was split from its row (seed 001). */
function flagDetachedLabels(found: Map<string, { token: Token }>, rows: StreamRow[], issues: ShapeIssue[]): void {
  // One pass over the rows found: each group's sub-items standing in delimited rows, in the order found.
  const positionedByGroup = new Map<string, [string, { token: Token }][]>();
  for (const entry of found) {
    const [id, hit] = entry;
    if (id === 'other' || !rows[hit.token.row]!.delimited) continue;
    const group = DETACHABLE_GROUPS.find((name) => id.startsWith(name));
    if (!group) continue;
    const members = positionedByGroup.get(group);
    if (members) members.push(entry);
    else positionedByGroup.set(group, [entry]);
  }
  for (const group of DETACHABLE_GROUPS) {
    const positioned = positionedByGroup.get(group) ?? [];
    if (positioned.length < 3) continue;
    const position = (token: Token) => token.column ?? token.index;
    const counts = new Map<number, number>();
    for (const [, hit] of positioned) counts.set(position(hit.token), (counts.get(position(hit.token)) ?? 0) + 1);
    const usual = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    for (const [id, hit] of positioned) {
      if (position(hit.token) < usual) issues.push(shapeIssue('detached-label', id, hit.token.text, [hit.token.at]));
    }
  }
}

/**
 * A label too garbled to recognise ("2.其他法律行政止公开", copied from a PDF) still has its number:
 * "N." right after sub-item N-1 of the same group is sub-item N.
 */
function nextSubItem(text: string, previousLeaf: string | null): { id: string; group: boolean } | null {
  // The previous leaf first: it is cheap, and most tokens (values) fail here or on the number.
  const previous = previousLeaf ? /^(withheld|unable|rejected|other)(\d)$/.exec(previousLeaf) : null;
  if (!previous) return null;
  const number = /^\s*(\d)\s*[.、．]/.exec(nfkc(text));
  if (!number || Number(number[1]) !== Number(previous[2]) + 1) return null;
  const id = `${previous[1]}${number[1]}`;
  return T3_ROWS['2021'].some((row) => row.id === id) ? { id, group: false } : null;
}

const HEADER_WORD_SET = new Set<string>(HEADER_WORDS);

function countHeaderWords(tokens: Token[], region: Region): number {
  const seen = new Set<string>();
  for (let i = region.start; i < region.end; i++) {
    const key = tokens[i]!.key;
    if (HEADER_WORD_SET.has(key)) seen.add(key);
  }
  return seen.size;
}

function laterLabelInRow(tokens: Token[], index: number): boolean {
  const row = tokens[index]!.row;
  for (let k = index + 1; k < tokens.length && tokens[k]!.row === row; k++) {
    if (t3LabelOf(tokens[k]!)) return true;
  }
  return false;
}

/** True when the token text could be a table-三 value (used by callers deciding region ends). */
export function isT3Value(text: string): boolean {
  return parseCellValue(text).kind !== 'unreadable';
}
