// Small tables inside the prose, such as a 主动公开 tally ("项目 | 年末统计（条）", "…累计主动公开信息 |
// 450", "其中：组织机构 | 51", …), say what a sentence would: read them as one, so that the text
// rules (NA-01's 其中 breakdowns) check them like the prose around them (seed 003).
import type { Paragraph } from '../schema';
import { parseCellValue } from '../numbers/cell-value';
import type { StreamRow } from './stream';

const UNIT_IN_HEADER = /[(（]\s*(条|件|篇|个|项|份|期|次)\s*[)）]/;

/** The table's rows as one sentence ("…450条,其中:组织机构51条,乡镇动态322条。"), or null. */
export function tableAsSentence(rows: StreamRow[]): Paragraph | null {
  let unit: string | null = null;
  const parts: string[] = [];
  for (const row of rows) {
    const filled = row.cells.filter((cell) => cell.text.trim() !== '');
    if (filled.length < 2) continue;
    const last = filled[filled.length - 1]!;
    const value = parseCellValue(last.text);
    if (value.kind !== 'number') {
      unit ??= UNIT_IN_HEADER.exec(last.text)?.[1] ?? null;
      continue;
    }
    if (unit === null) return null; // numbers without a counted unit are no tally
    const label = filled.slice(0, -1).map((cell) => cell.text.trim()).join('');
    parts.push(`${label}${value.value}${value.unit ?? unit}`);
  }
  if (parts.length < 2 || !rows[0]?.cells[0]) return null;
  return { text: `${parts.join(',')}。`, at: rows[0].cells[0].at };
}
