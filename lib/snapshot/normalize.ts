// Text normalisation shared by text blocks, table cells and plain-text reports. One definition so
// that the parser can compare labels from any source without caring where they came from.
import { NFKC_STABLE_VISIBLE_TEXT, nfkc } from '../nfkc';
import { SNAPSHOT_LIMITS } from '../schema/limits';
import { normalizeCommonText } from './normalize-common';

// Zero-width and invisible formatting characters Word and CMS editors leave behind.
const INVISIBLE = /[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]/g;
// After NFKC, nbsp and U+3000 are plain spaces; \s still covers the other Unicode spaces.
const WHITESPACE_RUN = /\s+/g;
const SPACES_NOT_TAB = /[^\S\t]+/g;
// Han characters plus CJK punctuation (、。〈〉《》「」 …) that NFKC leaves full-width.
const CJK = '\\p{Script=Han}\\u3001-\\u303f\\uff00-\\uffef';
// A space between two CJK characters is layout debris (a label split over lines or <p>s).
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}]) (?=[${CJK}])`, 'gu');

/** Cuts a string to the snapshot's text cap without leaving half a surrogate pair. */
export function capText(text: string, max: number = SNAPSHOT_LIMITS.maxTextLength): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut;
}

/**
 * Normalises the text of a block or a cell: NFKC (full-width digits and brackets become ASCII),
 * invisible characters removed, every whitespace run (tabs, newlines, nbsp, U+3000) collapsed to
 * one space and trimmed, and spaces between two CJK characters removed.
 */
export function normalizeText(raw: string): string {
  if (raw === '') return '';
  // Every step below leaves NFKC-stable text without whitespace as it is: most cells and short paragraphs.
  if (NFKC_STABLE_VISIBLE_TEXT.test(raw)) return capText(raw);
  const common = normalizeCommonText(raw);
  if (common !== null) return capText(common);
  const collapsed = nfkc(raw).replace(INVISIBLE, '').replace(WHITESPACE_RUN, ' ').trim();
  // The CJK lookbehind is the costliest step: skip it when no space is left.
  return capText(collapsed.includes(' ') ? collapsed.replace(SPACE_BETWEEN_CJK, '') : collapsed);
}

/**
 * Normalises one line of preformatted text: like {@link normalizeText} but tab characters are kept
 * (they separate the cells of tab-separated rows, leading tabs included); spaces around a tab and
 * at the ends of the line are dropped.
 */
export function normalizeLine(raw: string): string {
  if (raw === '') return '';
  const line = nfkc(raw)
    .replace(INVISIBLE, '')
    .replace(SPACES_NOT_TAB, ' ')
    .replace(/ ?\t ?/g, '\t')
    .replace(/^ +| +$/g, '')
    .replace(SPACE_BETWEEN_CJK, '');
  // A line that is only tabs and spaces is an empty line.
  return capText(/^\s*$/.test(line) ? '' : line);
}
