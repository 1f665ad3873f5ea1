// Title, agency, year, sign-off (落款) and template of a report.
import type { Report } from '../schema';
import type { StreamRow } from './stream';
import { findDate } from './text';
import { TEMPLATE_MARKERS, type TemplateVersion } from './templates';

export interface TitleFound {
  title: string;
  at: Report['titleAt'];
  rows: number[];
}

const TITLE_WORDS = /年度报告|年报|政府信息公开工作|政务公开工作/;

/** The report's title: the first short line naming an annual report, joined with its other half when split over two lines. */
export function findTitle(rows: StreamRow[], limit: number, pageTitle: string): TitleFound | null {
  const lines = rows
    .map((row, index) => ({ row, index }))
    .slice(0, limit)
    .filter(({ row }) => !row.delimited && row.cells.length === 1 && row.cells[0]!.text.trim() !== '');
  for (let k = 0; k < lines.length; k++) {
    const { row, index } = lines[k]!;
    // Crawler dumps label the title line ("标题: …").
    const text = row.cells[0]!.text.trim().replace(/^(?:标题|题目|文章标题)\s*[:：]\s*/, '');
    if (text.length > 60 || !TITLE_WORDS.test(text) || /[。>›»]|当前位置|首页/.test(text)) continue;
    const next = lines[k + 1];
    const previous = lines[k - 1];
    if (!/报告/.test(text) && next && /报告/.test(next.row.cells[0]!.text) && next.row.cells[0]!.text.length < 20) {
      return { title: text + next.row.cells[0]!.text.trim(), at: row.cells[0]!.at, rows: [index, next.index] };
    }
    if (!/\d{4}/.test(text) && next && /^\d{4}年/.test(next.row.cells[0]!.text.trim())) {
      return { title: text + next.row.cells[0]!.text.trim(), at: row.cells[0]!.at, rows: [index, next.index] };
    }
    if (/^\d{4}年/.test(text) && previous && previous.index === index - 1 && isOrganLine(previous.row.cells[0]!.text)) {
      return { title: previous.row.cells[0]!.text.trim() + text, at: previous.row.cells[0]!.at, rows: [previous.index, index] };
    }
    return { title: text, at: row.cells[0]!.at, rows: [index] };
  }
  if (TITLE_WORDS.test(pageTitle)) return { title: pageTitle.trim(), at: null, rows: [] };
  return null;
}

export function yearOf(title: string): number | null {
  const match = /((?:19|20)\d{2})\s*年/.exec(title.normalize('NFKC'));
  return match ? Number(match[1]) : null;
}

export function agencyOf(title: string): string | null {
  const match = /^(.*?)(?:关于)?\s*(?:19|20)\d{2}\s*年/.exec(title.normalize('NFKC'));
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
export function findSignOff(rows: StreamRow[], skip: Set<number>, from: number): Report['signOff'] {
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

export function templateMarkers(texts: string[]): Report['templateMarkers'] {
  const haystack = texts.join('\n').normalize('NFKC');
  const found = (version: TemplateVersion) =>
    TEMPLATE_MARKERS[version].filter((marker) => haystack.includes(marker.normalize('NFKC')));
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
