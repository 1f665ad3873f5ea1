// Chinese numerals in narrative counts: 三次, 两个, 十二件, 一百零五条. Idioms that merely contain a
// numeral (一件事, 一是/二是, 一次性, 一站式) are not counts; callers only read a numeral directly
// followed by a counting unit, and `isIdiomAt` rejects the known fixed expressions.

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Characters a Chinese numeral is made of (for building patterns). */
export const CN_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千';

/** Reads 三 → 3, 十二 → 12, 二十 → 20, 一百零五 → 105, 两 → 2. Digit strings (二〇二二) read digit by digit. Null if not a numeral. */
export function parseChineseNumeral(text: string): number | null {
  if (text.length === 0) return null;
  if ([...text].some((ch) => !(ch in DIGITS) && !(ch in UNITS))) return null;
  if (![...text].some((ch) => ch in UNITS)) {
    // 二〇二二: positional digits; a lone numeral is its value.
    return Number([...text].map((ch) => DIGITS[ch]).join(''));
  }
  let total = 0;
  let pending: number | null = null;
  for (const ch of text) {
    if (ch in DIGITS) {
      if (pending !== null && pending !== 0) return null; // 三四十: two digits in a row is not a number
      pending = DIGITS[ch]!;
    } else {
      const unit = UNITS[ch]!;
      total += (pending ?? 1) * unit;
      pending = null;
    }
  }
  return total + (pending ?? 0);
}

/**
 * Fixed expressions where a numeral and a unit do not count anything: 一件事 (a matter), 一次性
 * (one-off), 一站式, 一个窗口 (single window), 一网通办, 三公经费, 一是 (enumeration), 一条龙, 一张网.
 */
const IDIOMS = ['一件事', '一次性', '二次', '一次办', '一次都不跑', '一站式', '一个窗口', '一网', '一条龙', '一张网', '一份子', '三公', '一件一档', '一事一议', '一体化', '两个维护', '两个确立', '两代表一委员'];

/** Whether the numeral at `index` of `text` starts (or sits in) a fixed expression. */
export function isIdiomAt(text: string, index: number): boolean {
  return IDIOMS.some((idiom) => {
    for (let start = Math.max(0, index - idiom.length + 1); start <= index; start++) {
      if (text.startsWith(idiom, start)) return true;
    }
    return false;
  });
}
