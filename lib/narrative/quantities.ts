// Numbers with units in narrative text: "488条", "18.2万次", "273余项", "约100篇".
// Chinese numerals are not read here: "一件事" or "三公经费" would be misread as counts.

/** Units that count published items; they may be summed together (mixed units are noted). */
export const ITEM_UNITS = ['条', '期', '篇', '份', '则', '项'] as const;
const OTHER_UNITS = ['人次', '件', '次', '人', '个', '家', '户', '场', '张', '起', '名', '位', '元'];

export interface Quantity {
  value: number;
  unit: string;
  /** 'lower-bound': 余/多/超/逾 (at least the value); 'approximate': 约/近 (either side). */
  precision: 'exact' | 'lower-bound' | 'approximate';
  raw: string;
  index: number;
  end: number;
}

const UNIT_PATTERN = [...ITEM_UNITS, ...OTHER_UNITS].sort((a, b) => b.length - a.length).join('|');
const QUANTITY = new RegExp(
  `(约|近|超过|超|逾)?(?<![\\d.])(\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+(?:\\.\\d+)?)\\s*(万|亿)?\\s*(余|多)?\\s*(${UNIT_PATTERN})`,
  'g',
);

export function isItemUnit(unit: string): boolean {
  return (ITEM_UNITS as readonly string[]).includes(unit);
}

export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const [raw, prefix, digits, scale, suffix, unit] = m;
    if (digits === undefined || unit === undefined) continue;
    const multiplier = scale === '亿' ? 1e8 : scale === '万' ? 1e4 : 1;
    const precision = prefix === '约' || prefix === '近' ? 'approximate' : prefix || suffix ? 'lower-bound' : 'exact';
    out.push({
      value: Number(digits.replace(/,/g, '')) * multiplier,
      unit,
      precision,
      raw,
      index: m.index,
      end: m.index + raw.length,
    });
  }
  return out;
}
