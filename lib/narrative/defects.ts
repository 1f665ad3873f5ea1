// Text defects (reference §5.9): placeholders left in, conversion debris, doubled or
// mixed punctuation. Each finder returns the hits of one paragraph.
import type { Paragraph, Report } from '../schema';

export interface TextHit {
  /** What was found, as on the page. */
  found: string;
  index: number;
  paragraph: Paragraph;
}

/** Every piece of prose to scan: the title, section headings and paragraphs, in page order. */
export function proseOf(report: Report): Paragraph[] {
  return [
    { text: report.title, at: report.titleAt },
    ...report.preamble,
    ...report.sections.flatMap((s) => [{ text: s.heading, at: s.at }, ...s.paragraphs]),
  ];
}

function hitsOf(paragraphs: Paragraph[], pattern: RegExp): TextHit[] {
  const out: TextHit[] = [];
  for (const paragraph of paragraphs) {
    for (const m of paragraph.text.matchAll(pattern)) out.push({ found: m[0], index: m.index, paragraph });
  }
  return out;
}

const URL = /(?:https?:\/\/|www\.)[\w./?=&%#:-]+/g;
/** XX, xxx, ×××, 待填写, 请填写, (待), (略) — outside URLs and ASCII words. */
const PLACEHOLDER = /(?<![A-Za-z])(?:X{2,}|x{3,})(?![A-Za-z])|×{2,}|待填写|请填写|待补充|\((?:待|略)\)|(?:（)(?:待|略)(?:）)/g;
/** A count with its number missing: "主动公开信息  条", "共___件". */
const BLANK_NUMBER = /(?<=[\u4e00-\u9fa5])(?:\s{1,}|_{2,}|＿{2,})(?:条|件|篇|期|次|人次|份|个|项|万元|元)(?=[,，。、;；)）]|$)/g;

export function findPlaceholders(paragraphs: Paragraph[]): TextHit[] {
  const unUrl = paragraphs.map((p) => ({ ...p, text: p.text.replace(URL, (u) => ' '.repeat(u.length)) }));
  return [...hitsOf(unUrl, PLACEHOLDER), ...hitsOf(unUrl, BLANK_NUMBER)].map((h) => ({ ...h, paragraph: paragraphs[unUrl.indexOf(h.paragraph)]! }));
}

/** Word-to-web leftovers: [bookmark: _GoBack], Markdown ** bold marks, tabs inside prose, literal &nbsp; or <o:p>. */
const DEBRIS = /\[bookmark:[^\]]*\]|\*\*|\t|&nbsp;|<\/?o:p>/g;

export function findDebris(paragraphs: Paragraph[]): TextHit[] {
  return hitsOf(paragraphs, DEBRIS);
}

/** ",," "。。" ",。" "、," …: two marks where one belongs. Not "……" or "——" (single marks written twice). */
const DOUBLE_PUNCTUATION = /[,，。、;；:：](?:\s*[,，。、;；])/g;

export function findDoubledPunctuation(paragraphs: Paragraph[]): TextHit[] {
  return hitsOf(paragraphs, DOUBLE_PUNCTUATION);
}
