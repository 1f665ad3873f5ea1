// Title, agency, year, sign-off (落款) and template of a report.
import { nfkc } from '../nfkc';
import type { Report } from '../schema';
import type { StreamRow } from './stream';
import type { RowFilter } from './row-marks';
import { findDate } from './text';
import { TEMPLATE_MARKERS, type TemplateVersion } from './templates';

export interface TitleFound {
  title: string;
  at: Report['titleAt'];
  rows: number[];
}

const TITLE_WORDS = /年度报告|年报|政府信息公开工作|政务公开工作/;

const TITLE_PREFIX = /^(?:标题|题目|文章标题)\s*[:：]\s*/; // crawler dumps label the title line
const NAVIGATION = /[。>›»]|当前位置|首页/;
const LISTED_DATE = /\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*$/; // a list item: "某县2020年…报告 2021-01-28"
const HEADLINE_TAGS = new Set(['h1', 'h2', 'h3', 'title']);

interface Line {
  row: StreamRow;
  index: number;
  text: string;
}

/** How much a line looks like the report's own title; 0 when it cannot be. */
function titleScore(line: Line): number {
  const { text } = line;
  if (text.length > 60 || !TITLE_WORDS.test(text) || NAVIGATION.test(text) || LISTED_DATE.test(text)) return 0;
  let score = 1;
  if (/\d{4}\s*年/.test(text)) score += 2;
  if (/报告/.test(text)) score += 2;
  if (HEADLINE_TAGS.has(line.row.tag ?? '')) score += 3;
  if (line.row.tag === 'li' || line.row.tag === 'a') score -= 2;
  return Math.max(score, 0);
}

/** The report's title: the line that most looks like one, joined with its other half when split over two lines. */
export function findTitle(rows: StreamRow[], limit: number, pageTitle: string): TitleFound | null {
  const lines: Line[] = [];
  // Only the first `limit` rows can hold the title: the rest of the page is not looked at.
  for (let index = 0; index < Math.min(limit, rows.length); index++) {
    const row = rows[index]!;
    if (row.delimited || row.cells.length !== 1) continue;
    const text = row.cells[0]!.text.trim().replace(TITLE_PREFIX, '');
    if (text !== '') lines.push({ row, index, text });
  }
  let best = -1;
  let bestScore = 0;
  lines.forEach((line, k) => {
    const score = titleScore(line);
    if (score > bestScore) {
      best = k;
      bestScore = score;
    }
  });
  if (best < 0) return TITLE_WORDS.test(pageTitle) ? { title: pageTitle.trim(), at: null, rows: [] } : null;
  const { row, index, text } = lines[best]!;
  const next = lines[best + 1];
  const previous = lines[best - 1];
  if (!/报告/.test(text) && next && /报告/.test(next.text) && next.text.length < 20) {
    return { title: text + next.text, at: row.cells[0]!.at, rows: [index, next.index] };
  }
  if (!/\d{4}/.test(text) && next && /^\d{4}年/.test(next.text)) {
    return { title: text + next.text, at: row.cells[0]!.at, rows: [index, next.index] };
  }
  if (/^\d{4}年/.test(text) && previous && previous.index === index - 1 && isOrganLine(previous.text)) {
    return { title: previous.text + text, at: previous.row.cells[0]!.at, rows: [previous.index, index] };
  }
  return { title: text, at: row.cells[0]!.at, rows: [index] };
}

export function yearOf(title: string): number | null {
  const match = /((?:19|20)\d{2})\s*年/.exec(nfkc(title));
  return match ? Number(match[1]) : null;
}

export function agencyOf(title: string): string | null {
  const match = /^(.*?)(?:关于)?\s*(?:19|20)\d{2}\s*年/.exec(nfkc(title));
  const agency = match?.[1]?.trim();
  return agency ? agency : null;
}

const ORGAN_SUFFIX = /(?:人民政府|政府|办事处|街道|镇|乡|局|委员会|委|办公室|中心|院|厅|署|管委会|管理委员会|公司|区|县|市)$/;

function isOrganLine(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > 1 && trimmed.length <= 30 && !/[。,，;；:：]/.test(trimmed) && ORGAN_SUFFIX.test(trimmed);
}

const FOOTER = /版权所有|主办单位|承办|备案|ICP|网站标识码|联系我们|打印本页|关闭窗口|【|】|分享到/;

/** The sign-off: an organ line and/or a date line at the end of the report. */
export function findSignOff(rows: StreamRow[], skip: RowFilter, from: number): Report['signOff'] {
  const tail: { text: string; at: StreamRow['cells'][number]['at'] }[] = [];
  for (let index = rows.length - 1; index >= from && tail.length < 8; index--) {
    const row = rows[index]!;
    if (skip.has(index) || row.delimited || row.cells.length !== 1) continue;
    const text = row.cells[0]!.text.trim();
    if (text === '' || FOOTER.test(text)) continue;
    tail.push({ text, at: row.cells[0]!.at });
  }
  for (let k = 0; k < tail.length; k++) {
    const line = tail[k]!;
    const date = findDate(line.text);
    const isDateLine = date && line.text.replace(/\s+/g, '').length <= 20;
    if (isDateLine) {
      const organLine = tail[k + 1] && isOrganLine(tail[k + 1]!.text) ? tail[k + 1]! : null;
      return {
        organ: organLine?.text ?? null,
        date: date.iso,
        text: organLine ? `${organLine.text} ${line.text}` : line.text,
        at: line.at,
      };
    }
    if (isOrganLine(line.text)) return { organ: line.text, date: null, text: line.text, at: line.at };
    // Only the last few lines can be a sign-off: stop at the first prose line.
    if (line.text.length > 30) break;
  }
  return null;
}

/** The markers with their NFKC forms, normalised once. */
const NORMAL_MARKERS = {
  '2019': TEMPLATE_MARKERS['2019'].map((marker) => ({ marker, normal: marker.normalize('NFKC') })),
  '2021': TEMPLATE_MARKERS['2021'].map((marker) => ({ marker, normal: marker.normalize('NFKC') })),
};
export function templateMarkers(texts: string[]): Report['templateMarkers'] {
  const haystack = nfkc(texts.join('\n'));
  const found = (version: TemplateVersion) =>
    NORMAL_MARKERS[version].filter(({ normal }) => haystack.includes(normal)).map(({ marker }) => marker);
  return { v2019: found('2019'), v2021: found('2021') };
}

export function chooseTemplate(markers: Report['templateMarkers'], shape: TemplateVersion | null): TemplateVersion | null {
  const a = markers.v2019.length;
  const b = markers.v2021.length;
  if (a === 0 && b === 0) return shape;
  if (a === b) return shape;
  return a > b ? '2019' : '2021';
}

export function publishedDate(raw: string | null): string | null {
  return raw ? (findDate(raw)?.iso ?? null) : null;
}
