// Text defects (reference §5.9): placeholders left in, conversion debris, doubled or
// mixed punctuation. Each finder returns the hits of one paragraph.
import type { Paragraph, Report } from '../schema';
import { matchesOf } from './matches';
import { memo } from './memo';

export interface TextHit {
  /** What was found, as on the page. */
  found: string;
  index: number;
  paragraph: Paragraph;
}

/** Every piece of prose to scan: the title, section headings and paragraphs, in page order (shared within an audit run). */
export function proseOf(report: Report): Paragraph[] {
  return memo(report, allProse);
}

function allProse(report: Report): Paragraph[] {
  const out: Paragraph[] = [{ text: report.title, at: report.titleAt }, ...report.preamble];
  for (const section of report.sections) out.push({ text: section.heading, at: section.at }, ...section.paragraphs);
  return out;
}

function hitsOf(paragraphs: Paragraph[], pattern: RegExp): TextHit[] {
  const out: TextHit[] = [];
  for (const paragraph of paragraphs) {
    for (const m of matchesOf(paragraph.text, pattern)) out.push({ found: m[0], index: m.index, paragraph });
  }
  return out;
}

const URL = /(?:https?:\/\/|www\.)[\w./?=&%#:-]+/g;
/** XX, xxx, ×××, 待填写, 请填写, (待), (略) — outside URLs and ASCII words. */
const PLACEHOLDER = /(?<![A-Za-z])(?:X{2,}|x{3,})(?![A-Za-z])|×{2,}|待填写|请填写|待补充|\((?:待|略)\)|(?:（)(?:待|略)(?:）)/g;
/** A count with its number missing: "主动公开信息  条", "共___件". */
const BLANK_NUMBER = /(?<=[\u4e00-\u9fa5])(?:\s{1,}|_{2,}|＿{2,})(?:条|件|篇|期|次|人次|份|个|项|万元|元)(?=[,，。、;；)）]|$)/g;

// Cheap necessary conditions, tested first: both patterns above open with a lookbehind, which makes
// the full search slow on the many paragraphs that have neither.
const MAY_HOLD_PLACEHOLDER = /XX|xxx|××|待填写|请填写|待补充|[(（][待略][)）]/;
/** The character right before a unit of a BLANK_NUMBER is a space or an underscore. */
const MAY_HOLD_BLANK_NUMBER = /[\s_＿][条件篇期次人份个项万元]/;

export function findPlaceholders(paragraphs: Paragraph[]): TextHit[] {
  const placeholders: TextHit[] = [];
  const blanks: TextHit[] = [];
  for (const paragraph of paragraphs) {
    const text = withoutUrls(paragraph.text);
    if (MAY_HOLD_PLACEHOLDER.test(text)) {
      for (const m of matchesOf(text, PLACEHOLDER)) placeholders.push({ found: m[0], index: m.index, paragraph });
    }
    if (MAY_HOLD_BLANK_NUMBER.test(text)) {
      for (const m of matchesOf(text, BLANK_NUMBER)) blanks.push({ found: m[0], index: m.index, paragraph });
    }
  }
  return [...placeholders, ...blanks];
}

/** URLs blanked out with spaces (same length, so indexes still point into the paragraph's text). */
function withoutUrls(text: string): string {
  if (!text.includes('http') && !text.includes('www.')) return text; // every URL match starts so
  return text.replace(URL, (u) => ' '.repeat(u.length));
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
