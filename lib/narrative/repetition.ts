// enumeration gaps (一是…三是 without 二是), an organ's name with its last character doubled
// (三七市镇镇), and a list item repeated within one sentence.
import type { Paragraph } from '../schema';
import type { TextHit } from './defects';
import { matchesOf } from './matches';
import { splitSentences } from './text';

const ORDINALS = '一二三四五六七八九十';
/** 一是, 二是… not inside words (统一是, 之一是, 唯一是). */
const ENUMERATOR = new RegExp(`(?<![统唯之第单同专万])([${ORDINALS}])是`, 'g');

/** In one section's paragraphs, an enumerator that skips one or more numbers after the previous one. */
export function findEnumerationGaps(paragraphs: Paragraph[]): TextHit[] {
  const out: TextHit[] = [];
  let previous = 0;
  for (const paragraph of paragraphs) {
    if (!paragraph.text.includes('是')) continue; // every enumerator ends in 是
    for (const m of matchesOf(paragraph.text, ENUMERATOR)) {
      const n = ORDINALS.indexOf(m[1]!) + 1;
      if (n === 1) previous = 1;
      else if (previous > 0 && n > previous + 1) {
        const missing = [...ORDINALS.slice(previous, n - 1)].map((d) => `${d}是`).join('、');
        out.push({ found: `${ORDINALS[previous - 1]}是…${m[0]}（缺${missing}）`, index: m.index, paragraph });
        previous = n;
      } else if (n === previous + 1) previous = n;
    }
  }
  return out;
}

const ORGAN_SUFFIX = /(?:镇|乡|区|县|市|街道)$/;
const LEVEL_BEFORE_NAME = /(?:省|市|区|县)(?=.{2,})/g;

/** Names to look for doubled: the organ and its trailing parts ("富阳区万市镇" → 万市镇). */
export function organNames(names: (string | null | undefined)[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    if (!name) continue;
    const core = name.replace(/(?:人民政府|办事处)$/, '');
    if (!ORGAN_SUFFIX.test(core)) continue;
    out.add(core);
    // Trailing segments after an administrative level: 富阳区|万市镇.
    for (const m of matchesOf(core, LEVEL_BEFORE_NAME)) out.add(core.slice(m.index + 1));
  }
  return [...out].filter((n) => n.length >= 2);
}

/** Every pattern findDoubledOrganSuffix looks for holds one of these: a paragraph without any cannot hit. */
const DOUBLED_SUFFIX = /镇镇|乡乡|区区|县县|市市|街道街道/;

/** 我镇镇, 本镇镇, 我乡乡 …: "our township" with its character doubled. */
const SELF_DOUBLED = ['镇镇', '乡乡', '区区', '县县', '市市', '街道街道'].flatMap((d) => [`我${d}`, `本${d}`]);

/** "三七市镇镇": an organ name followed by its own last character (or 街道 twice); also 我镇镇, 本乡乡. */
export function findDoubledOrganSuffix(paragraphs: Paragraph[], names: string[]): TextHit[] {
  const out: TextHit[] = [];
  // Organ names end in 镇/乡/区/县/市/街道 (organNames keeps no other), so each pattern ends in a doubled suffix.
  const named = names.map((n) => n + (n.endsWith('街道') ? '街道' : n.slice(-1)));
  const patterns = [...new Set([...named, ...SELF_DOUBLED])];
  const mayHit = named.every((pattern) => DOUBLED_SUFFIX.test(pattern));
  for (const paragraph of paragraphs) {
    if (mayHit && !DOUBLED_SUFFIX.test(paragraph.text)) continue;
    for (const pattern of patterns) {
      let at = paragraph.text.indexOf(pattern);
      while (at >= 0) {
        out.push({ found: pattern, index: at, paragraph });
        at = paragraph.text.indexOf(pattern, at + pattern.length);
      }
    }
  }
  return out;
}

const MIN_ITEM = 4;
/** A longer item may repeat an earlier one with a tail: "…被申请行政复议、…、…被申请行政复议的情况". */
const MIN_PREFIX = 8;

/** 。!?！？: a sentence's end mark, not part of its last item. */
const isEndMark = (c: number): boolean => c === 0x3002 || c === 0x21 || c === 0x3f || c === 0xff01 || c === 0xff1f;
/** 、,，;；: what separates list items. */
const isListSeparator = (c: number): boolean => c === 0x3001 || c === 0x2c || c === 0xff0c || c === 0x3b || c === 0xff1b;
/** What String.prototype.trim removes (white space and line terminators). */
const isTrimmed = (c: number): boolean =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/**
 * The same list item (four characters or more) twice in one sentence: "A、B、A". This runs on every
 * sentence of the report, so items stay places in the sentence (no split, no item strings) until
 * one repeats.
 */
export function findRepeatedListItems(paragraphs: Paragraph[]): TextHit[] {
  const out: TextHit[] = [];
  // The sentence's items so far, as [from, to) of each trimmed item.
  const froms: number[] = [];
  const tos: number[] = [];
  for (const paragraph of paragraphs) {
    for (const { text, start } of splitSentences(paragraph.text)) {
      const end = isEndMark(text.charCodeAt(text.length - 1)) ? text.length - 1 : text.length;
      froms.length = 0;
      tos.length = 0;
      let from = 0;
      for (let i = 0; i <= end; i++) {
        if (i < end && !isListSeparator(text.charCodeAt(i))) continue;
        if (i === end && from === 0) break; // no separator: a single item cannot repeat
        let a = from;
        let b = i;
        while (a < b && isTrimmed(text.charCodeAt(a))) a++;
        while (b > a && isTrimmed(text.charCodeAt(b - 1))) b--;
        from = i + 1;
        const repeated = earlierItem(text, froms, tos, a, b);
        if (repeated !== undefined) out.push({ found: repeated, index: start + text.lastIndexOf(repeated), paragraph });
        froms.push(a);
        tos.push(b);
      }
    }
  }
  return out;
}

/** The first earlier item that text[a, b) repeats (the same, or a long one it starts with). */
function earlierItem(text: string, froms: number[], tos: number[], a: number, b: number): string | undefined {
  for (let k = 0; k < froms.length; k++) {
    const s = froms[k]!;
    const length = tos[k]! - s;
    if (length < MIN_ITEM || !(length === b - a || (length >= MIN_PREFIX && length < b - a))) continue;
    let j = 0;
    while (j < length && text.charCodeAt(s + j) === text.charCodeAt(a + j)) j++;
    if (j === length) return text.slice(s, s + length);
  }
  return undefined;
}
