// Plain-text reports (the seeds, a .txt download) as a snapshot: one item per line.
import type { PageSnapshot, SnapshotItem } from '../schema/snapshot';
import { SNAPSHOT_LIMITS } from '../schema/limits';
import { publishedAtFromText } from './meta';
import { normalizeLine, normalizeText } from './normalize';

const TITLE_MAX = 2000;
const DATE_SCAN_LINES = 60;

/**
 * The title is the first non-empty line, joined with the next line when the title was wrapped
 * ("富阳区万市镇2021年政府信息公开工作" / "年度报告"): the first line lacks 报告 and the next,
 * directly following, short line has it.
 */
function titleOf(lines: readonly string[]): string {
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0) return '';
  const head = normalizeText(lines[first] ?? '');
  const next = normalizeText(lines[first + 1] ?? '');
  const wrapped = !head.includes('报告') && next.includes('报告') && next.length <= 40;
  return normalizeText(wrapped ? `${head}${next}` : head).slice(0, TITLE_MAX);
}

/**
 * Items: every line is one text item with selector `line:N` (1-based line number) and tag 'line';
 * tabs are kept, leading ones included (they are the cell structure of text-drawn tables), and a
 * line of only whitespace (a blank cell) is kept as text ''. A truly empty line is kept as an item
 * with tag 'gap' and text '': in text-drawn tables blank lines separate the rows, so the parser
 * needs to see them; readers that only want content skip 'gap' items.
 */
export function snapshotFromText(text: string, url: string): PageSnapshot {
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const items: SnapshotItem[] = [];
  let truncated = false;
  let publishedAt: string | null = null;
  for (let i = 0; i < lines.length; i += 1) {
    if (items.length >= SNAPSHOT_LIMITS.maxItems) {
      truncated = true;
      break;
    }
    const line = lines[i] ?? '';
    const selector = `line:${i + 1}`;
    if (line === '') {
      items.push({ type: 'text', text: '', selector, tag: 'gap' });
      continue;
    }
    const normal = normalizeLine(line);
    if (publishedAt === null && i < DATE_SCAN_LINES) publishedAt = publishedAtFromText(normal);
    items.push({ type: 'text', text: normal, selector, tag: 'line' });
  }
  return { url: url.slice(0, 4000), title: titleOf(lines), publishedAt, items, truncated };
}
