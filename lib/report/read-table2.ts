// Table 二 (主动公开政府信息情况): blocks headed 第二十条第（N）项, each with 信息内容 + column headers
// and labelled rows.
import type { Row, ShapeIssue, Table2 } from '../schema';
import type { StreamRow, Token } from './stream';
import { labelKey } from './text';
import { readValuesAfter } from './row-values';

const ITEM = /^第二十条第([一二三四五六七八九十]+)项$/;
const ROW_LABELS: [string, RegExp][] = [
  ['rules', /^规章$/],
  ['normative', /^(?:行政)?规范性文件$/],
  ['licensing', /^行政许可$/],
  ['otherServices', /^其他对外管理服务事项$/],
  ['penalty', /^行政处罚$/],
  ['coercion', /^行政强制$/],
  ['fees', /^行政事业性收费$/],
  ['procurement', /^政府集中采购$/],
];

function rowLabel(text: string): string | null {
  const key = labelKey(text);
  for (const [id, pattern] of ROW_LABELS) if (pattern.test(key)) return id;
  return null;
}

export interface Table2Read {
  table: Table2;
  consumed: Set<number>;
  /** All header words read, for the template fingerprints. */
  headerTexts: string[];
}

export function readTable2(tokens: Token[], rows: StreamRow[], from: number, to: number): Table2Read | null {
  const blocks: Table2['blocks'] = [];
  const issues: ShapeIssue[] = [];
  const consumed = new Set<number>();
  const headerTexts: string[] = [];
  let firstAt: Token['at'] | null = null;
  let source: 'table' | 'text' = 'text';
  const isStop = (token: Token) => {
    const key = labelKey(token.text);
    return ITEM.test(key) || key === '信息内容' || rowLabel(token.text) !== null;
  };

  for (let i = from; i < to; i++) {
    const item = ITEM.exec(labelKey(tokens[i]!.text));
    if (!item) continue;
    if (!firstAt) {
      firstAt = tokens[i]!.at;
      source = rows[tokens[i]!.row]!.source;
    }
    const block: Table2['blocks'][number] = { item: `第二十条第（${item[1]}）项`, headers: [], rows: [] };
    let j = i + 1;
    // Headers: the words after 信息内容 up to the first row label.
    while (j < to && labelKey(tokens[j]!.text) !== '信息内容' && !rowLabel(tokens[j]!.text) && !ITEM.test(labelKey(tokens[j]!.text))) j++;
    if (j < to && labelKey(tokens[j]!.text) === '信息内容') {
      j++;
      while (j < to && !rowLabel(tokens[j]!.text) && !ITEM.test(labelKey(tokens[j]!.text))) {
        if (labelKey(tokens[j]!.text) !== '') block.headers.push(tokens[j]!.text);
        j++;
      }
    }
    headerTexts.push(...block.headers);
    const width = Math.max(1, block.headers.length);
    while (j < to && rowLabel(tokens[j]!.text)) {
      const id = rowLabel(tokens[j]!.text)!;
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
      for (let k = j; k < values.next; k++) consumed.add(tokens[k]!.row);
      j = values.next;
    }
    for (let k = i; k < j; k++) consumed.add(tokens[k]!.row);
    blocks.push(block);
    i = j - 1;
  }
  if (blocks.length === 0) return null;
  return { table: { source, at: firstAt, shapeIssues: issues, blocks }, consumed, headerTexts };
}
