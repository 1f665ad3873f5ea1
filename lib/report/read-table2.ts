// Table 二 (主动公开政府信息情况): blocks headed 第二十条第（N）项, each with 信息内容 + column headers
// and labelled rows.
import type { Row, ShapeIssue, Table2 } from '../schema';
import type { StreamRow, Token } from './stream';
import { RowMarks } from './row-marks';
import { readValuesAfter } from './row-values';

const ITEM = /^第二十条第([一二三四五六七八九十]+)项$/;
const ITEM_START = '第二十条第';
/** Row labels by their label key (exact keys: a lookup instead of a regex per pattern and token). */
const ROW_LABELS = new Map<string, string>([
  ['规章', 'rules'],
  ['规范性文件', 'normative'],
  ['行政规范性文件', 'normative'],
  ['行政许可', 'licensing'],
  ['其他对外管理服务事项', 'otherServices'],
  ['行政处罚', 'penalty'],
  ['行政强制', 'coercion'],
  ['行政事业性收费', 'fees'],
  ['政府集中采购', 'procurement'],
]);

function rowLabel(token: Token): string | null {
  return ROW_LABELS.get(token.key) ?? null;
}

/** The item number of a block heading (第二十条第（N）项), or null. */
function itemOf(token: Token): string | null {
  if (!token.key.startsWith(ITEM_START)) return null; // most tokens: no regex
  return ITEM.exec(token.key)?.[1] ?? null;
}

export interface Table2Read {
  table: Table2;
  /** The rows read, marked in the RowMarks passed in (the three readers can share one). */
  consumed: RowMarks;
  /** All header words read, for the template fingerprints. */
  headerTexts: string[];
}

export function readTable2(
  tokens: Token[],
  rows: StreamRow[],
  from: number,
  to: number,
  consumed = new RowMarks(rows.length),
): Table2Read | null {
  const blocks: Table2['blocks'] = [];
  const issues: ShapeIssue[] = [];
  const headerTexts: string[] = [];
  let firstAt: Token['at'] | null = null;
  let source: 'table' | 'text' = 'text';
  const isStop = (token: Token) => itemOf(token) !== null || token.key === '信息内容' || rowLabel(token) !== null;

  for (let i = from; i < to; i++) {
    const item = itemOf(tokens[i]!);
    if (item === null) continue;
    if (!firstAt) {
      firstAt = tokens[i]!.at;
      source = rows[tokens[i]!.row]!.source;
    }
    const block: Table2['blocks'][number] = { item: `第二十条第（${item}）项`, headers: [], rows: [] };
    let j = i + 1;
    // Headers: the words after 信息内容 up to the first row label.
    while (j < to && tokens[j]!.key !== '信息内容' && !rowLabel(tokens[j]!) && itemOf(tokens[j]!) === null) j++;
    if (j < to && tokens[j]!.key === '信息内容') {
      j++;
      while (j < to && !rowLabel(tokens[j]!) && itemOf(tokens[j]!) === null) {
        if (tokens[j]!.key !== '') block.headers.push(tokens[j]!.text);
        j++;
      }
    }
    headerTexts.push(...block.headers);
    const width = Math.max(1, block.headers.length);
    while (j < to && rowLabel(tokens[j]!)) {
      const id = rowLabel(tokens[j]!)!;
      const values = readValuesAfter(tokens, rows, j, width, isStop);
      const row: Row = { id, label: tokens[j]!.text, rawLabel: tokens[j]!.text, cells: values.cells, at: tokens[j]!.at };
      block.rows.push(row);
      if (values.issue) {
        issues.push({
          kind: values.issue,
          rowId: id,
          message: {
            zh: `表二「${row.label}」一行应有 ${width} 个数值，读取结果不符`,
            en: `Table 2 row "${row.label}" should have ${width} values; the row does not fit`,
          },
          at: [tokens[j]!.at],
        });
      }
      consumed.addTokenRows(tokens, j, values.next);
      j = values.next;
    }
    consumed.addTokenRows(tokens, i, j);
    blocks.push(block);
    i = j - 1;
  }
  if (blocks.length === 0) return null;
  return { table: { source, at: firstAt, shapeIssues: issues, blocks }, consumed, headerTexts };
}
