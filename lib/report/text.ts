// Text helpers shared by the readers: label keys, dates.
import { FULL_WIDTH_FORMS, NFKC_STABLE_SPACES, NFKC_STABLE_VISIBLE, WIDE_SPACES, fillRanges, nfkc } from '../nfkc';

// labelKey runs for every token in several readers, mostly on the same short texts: remember them.
const LABEL_KEYS = new Map<string, string>();
const LABEL_KEY_CACHE_SIZE = 5000;
const LABEL_KEY_CACHE_TEXT = 200;

/** A label reduced to what identifies it: NFKC, no whitespace, no punctuation or quote marks. */
export function labelKey(text: string): string {
  if (isAsciiAlphanumeric(text)) return text; // most table cells are numbers: nothing to normalise or drop
  const known = LABEL_KEYS.get(text);
  if (known !== undefined) return known;
  const key =
    quickLabelKey(text) ??
    nfkc(text)
      .replace(/[\s\u200b-\u200f\ufeff]+/g, '')
      .replace(/[()（）【】\[\]、.,，:：;；“”"'‘’「」《》·]/g, '');
  if (text.length <= LABEL_KEY_CACHE_TEXT) {
    if (LABEL_KEYS.size >= LABEL_KEY_CACHE_SIZE) LABEL_KEYS.clear(); // bounded: a hostile page cannot grow it
    LABEL_KEYS.set(text, key);
  }
  return key;
}

function isAsciiAlphanumeric(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122))) return false;
  }
  return true;
}

/**
 * What labelKey does to each character, for the characters most text is made of (lib/nfkc.ts's
 * stable set, full-width forms, U+3000 and nbsp): KEEP as is, DROP (whitespace, the punctuation
 * labelKey removes), or WIDE (a full-width form: NFKC makes it the ASCII character 0xFEE0 below,
 * which is then kept or dropped). Amid those characters NFKC changes nothing else (see lib/nfkc.ts),
 * so one pass over the text gives labelKey's result. 0: any other character, left to the full path.
 */
const KEEP = 1;
const DROP = 2;
const WIDE = 3;
const KEY_CLASS = new Uint8Array(0x10000);
fillRanges(KEY_CLASS, NFKC_STABLE_VISIBLE, KEEP);
fillRanges(KEY_CLASS, [FULL_WIDTH_FORMS], WIDE);
fillRanges(KEY_CLASS, [...NFKC_STABLE_SPACES, ...WIDE_SPACES], DROP);
for (const char of '()（）【】[]、.,，:：;；“”"\'‘’「」《》') {
  const code = char.charCodeAt(0);
  if (KEY_CLASS[code] === KEEP) KEY_CLASS[code] = DROP;
}

/** labelKey in one pass when every character is one KEY_CLASS knows, else null. */
function quickLabelKey(text: string): string | null {
  let out = '';
  let run = 0; // start of the characters kept as they are, not yet copied to out
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const kind = KEY_CLASS[code];
    if (kind === KEEP) continue;
    if (kind === DROP) {
      out += text.slice(run, i);
      run = i + 1;
    } else if (kind === WIDE) {
      const narrow = code - 0xfee0;
      out += text.slice(run, i);
      if (KEY_CLASS[narrow] === KEEP) out += String.fromCharCode(narrow);
      run = i + 1;
    } else return null;
  }
  return run === 0 ? text : out + text.slice(run);
}

/** Drops a leading enumerator: 一、 (一) 1. 1、 (1) … */
export function stripEnumerator(text: string): string {
  return nfkc(text)
    .trim()
    .replace(/^(?:[一二三四五六七八九十]+[、.,]|\(?[一二三四五六七八九十]+\)|\d{1,2}[、.,．]|\(\d{1,2}\))\s*/, '');
}

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, O: 0, o: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function chineseNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if ([...text].some((ch) => !(ch in CN_DIGITS))) return null;
  if (text.includes('十')) {
    const [tens, ones] = text.split('十');
    return (tens ? (CN_DIGITS[tens] ?? 0) : 1) * 10 + (ones ? (CN_DIGITS[ones] ?? 0) : 0);
  }
  // Years are written digit by digit: 二〇二二.
  return Number([...text].map((ch) => CN_DIGITS[ch]).join(''));
}

const DATE_PATTERNS = [
  /(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})/,
  /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?/,
  /([〇零一二三四五六七八九O]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/,
];

/** Finds a calendar date in text and returns it as yyyy-mm-dd, or null. */
export function findDate(text: string): { iso: string; index: number; length: number } | null {
  const normal = nfkc(text);
  for (const pattern of DATE_PATTERNS) {
    const match = pattern.exec(normal);
    if (!match) continue;
    const [whole, y = '', m = '', d = ''] = match;
    const year = chineseNumber(y);
    const month = chineseNumber(m);
    const day = chineseNumber(d);
    if (year === null || month === null || day === null) continue;
    if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) continue;
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return { iso, index: match.index, length: whole.length };
  }
  return null;
}
