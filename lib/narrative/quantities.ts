// Numbers with units in narrative text: "488条", "18.2万次", "273余项", "约100篇", "22.64万元",
// and small Chinese numerals before a counting unit ("三次", "两个", "十二件"), with what they count
// (the words before the number in the same clause: "政策文件2条" counts 政策文件).
import { CN_NUMERAL_CHARS, isIdiomAt, parseChineseNumeral } from './numerals';
import { matchesOf } from './matches';
import { codeSet, lastIndexWhere } from './chars';

/** Units that count published items; they may be summed together (mixed units are noted). */
export const ITEM_UNITS = ['条', '期', '篇', '份', '则', '项'] as const;
const OTHER_UNITS = ['人次', '件', '次', '人', '个', '家', '户', '场', '张', '起', '名', '位', '宗', '万元', '元'];
/** Units a Chinese numeral may count with ("三次", "两个"); not 人/名/位 (一人一档, 一名…). */
const CN_COUNT_UNITS = ['条', '件', '篇', '期', '次', '人次', '份', '个', '项', '起', '宗'];

export interface Quantity {
  value: number;
  unit: string;
  /** 'lower-bound': 余/多/超/逾 (at least the value); 'approximate': 约/近 (either side). */
  precision: 'exact' | 'lower-bound' | 'approximate';
  raw: string;
  index: number;
  end: number;
  /** What is counted: the clause's words before the number ("组织机构" in "组织机构4条"). */
  counted: string;
}

const byLength = (units: string[]) => [...units].sort((a, b) => b.length - a.length).join('|');
const UNIT_PATTERN = byLength([...ITEM_UNITS, ...OTHER_UNITS]);
const QUANTITY = new RegExp(
  `(约|近|超过|超|逾)?(?<![\\d.])(\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+(?:\\.\\d+)?)\\s*(万(?!元)|亿)?\\s*(余|多)?\\s*(${UNIT_PATTERN})`,
  'g',
);
const CN_QUANTITY = new RegExp(
  `(约|近|超过|超|逾)?(?<![${CN_NUMERAL_CHARS}第])([${CN_NUMERAL_CHARS}]{1,5})(余|多)?(${byLength(CN_COUNT_UNITS)})`,
  'g',
);

export function isItemUnit(unit: string): boolean {
  return (ITEM_UNITS as readonly string[]).includes(unit);
}

const isClauseBreak = codeSet(',，、;；:：。!?！？\n');

function countedBefore(text: string, index: number): string {
  const start = lastIndexWhere(text, index, isClauseBreak) + 1;
  return text.slice(start, index).trim();
}

function precisionOf(prefix: string | undefined, suffix: string | undefined): Quantity['precision'] {
  if (prefix === '约' || prefix === '近') return 'approximate';
  return prefix || suffix ? 'lower-bound' : 'exact';
}

function quantityAt(
  text: string, index: number, raw: string, value: number, unit: string, prefix: string | undefined, suffix: string | undefined,
): Quantity {
  return { value, unit, precision: precisionOf(prefix, suffix), raw, index, end: index + raw.length, counted: countedBefore(text, index) };
}

export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of matchesOf(text, QUANTITY)) {
    const [raw, prefix, digits, scale, suffix, unit] = m;
    if (digits === undefined || unit === undefined) continue;
    const multiplier = scale === '亿' ? 1e8 : scale === '万' ? 1e4 : 1;
    out.push(quantityAt(text, m.index, raw, Number(digits.replace(/,/g, '')) * multiplier, unit, prefix, suffix));
  }
  for (const m of matchesOf(text, CN_QUANTITY)) {
    const [raw, prefix, numeral, suffix, unit] = m;
    if (numeral === undefined || unit === undefined) continue;
    const numeralAt = m.index + (prefix?.length ?? 0);
    const value = parseChineseNumeral(numeral);
    // 二〇二二 style digit strings are years or codes, not counts.
    const positional = numeral.length > 1 && !/[十百千]/.test(numeral);
    if (value === null || positional || isIdiomAt(text, numeralAt)) continue;
    out.push(quantityAt(text, m.index, raw, value, unit, prefix, suffix));
  }
  return out.sort((a, b) => a.index - b.index);
}
