// Shares listed in one breakdown (NA-03): "其中自然人申请占60%，企业占30%…", "分别占45%、35%、20%".
// Rates (办结率, 同比增长) are not shares of a whole and are left out.
import { splitSentences } from './text';
import { matchesOf } from './matches';

export interface PercentList {
  values: number[];
  /** Rounding allowance: half a unit of each value's last written digit, summed. */
  tolerance: number;
  sentence: string;
}

const PERCENT = /(\d+(?:\.\d+)?)\s*%/g;
const LIST_START = /其中|分别/;
const NOT_A_SHARE = /率|增长|下降|提高|提升|增加|减少|同比|环比|较上年|上升/;

export function findPercentLists(text: string): PercentList[] {
  const out: PercentList[] = [];
  for (const { text: sentence } of splitSentences(text)) {
    const start = sentence.search(LIST_START);
    if (start < 0) continue;
    const values: number[] = [];
    let tolerance = 0;
    let cursor = start;
    for (const m of matchesOf(sentence.slice(start), PERCENT)) {
      const at = start + m.index;
      const before = sentence.slice(Math.max(cursor, at - 8), at);
      cursor = at + m[0].length;
      if (NOT_A_SHARE.test(before)) continue;
      const digits = m[1]!;
      const decimals = digits.includes('.') ? digits.split('.')[1]!.length : 0;
      values.push(Number(digits));
      tolerance += 0.5 * 10 ** -decimals;
    }
    if (values.length >= 2) out.push({ values, tolerance, sentence });
  }
  return out;
}
