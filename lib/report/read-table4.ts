// Table 四 (行政复议、行政诉讼): a header block, then one row of 15 numbers.
import type { ShapeIssue, Table4 } from '../schema';
import { parseCellValue } from '../numbers/cell-value';
import type { StreamRow, Token } from './stream';
import { RowMarks } from './row-marks';
import { shapeRun } from './row-values';

const CELL_COUNT = 15;
const HEADER = /^(?:行政复议|行政诉讼|结果维持|结果纠正|其他结果|尚未审结|总计|未经复议直接起诉|复议后起诉)$/;

export interface Table4Read {
  table: Table4;
  /** The rows read, marked in the RowMarks passed in (the three readers can share one). */
  consumed: RowMarks;
}

export function readTable4(
  tokens: Token[],
  rows: StreamRow[],
  from: number,
  to: number,
  consumed = new RowMarks(rows.length),
): Table4Read | null {
  let first = -1;
  for (let i = from; i < to; i++) {
    if (tokens[i]!.key === '结果维持') {
      first = i;
      break;
    }
  }
  if (first < 0) return null;
  // The header ends at the last header word reached through header words and blank cells only.
  let lastHeader = first;
  for (let i = first + 1; i < Math.min(to, first + 80); i++) {
    const key = tokens[i]!.key;
    if (HEADER.test(key)) lastHeader = i;
    else if (key !== '') break;
  }
  const run: Token[] = [];
  let i = lastHeader + 1;
  const headerRow = tokens[lastHeader]!.row;
  // Blank cells left in the header row after its last word are layout.
  while (i < to && tokens[i]!.row === headerRow && rows[headerRow]!.delimited) i++;
  const dataRow = tokens[i] ? rows[tokens[i]!.row]! : null;
  if (dataRow?.delimited && dataRow.cells.length > 1) {
    // A real row: all its cells are the data, readable or not ("见附件" stays in its column).
    const row = tokens[i]!.row;
    while (i < to && tokens[i]!.row === row) run.push(tokens[i++]!);
  } else {
    while (i < to) {
      const token = tokens[i]!;
      if (parseCellValue(token.text).kind === 'unreadable') break;
      run.push(token);
      i++;
      if (run.length >= CELL_COUNT * 2) break;
    }
  }
  const shaped = shapeRun(run, CELL_COUNT);
  const issues: ShapeIssue[] = [];
  if (shaped.issue) {
    issues.push({
      kind: shaped.issue,
      rowId: 'table4',
      message: {
        zh: `表四数据行应有 15 个单元格，实际读到 ${run.length} 个`,
        en: `Table 4's data row should have 15 cells; ${run.length} were read`,
      },
      at: run.slice(0, 1).map((token) => token.at),
    });
  }
  // The header starts at 行政复议 just before the first 结果维持 (not at the section heading above it).
  let start = first;
  for (let k = first - 1; k >= Math.max(from, first - 4); k--) if (tokens[k]!.key === '行政复议') start = k;
  consumed.addTokenRows(tokens, start, i);
  const source = rows[tokens[first]!.row]!.source;
  return { table: { source, at: tokens[first]!.at, shapeIssues: issues, cells: shaped.cells }, consumed };
}
