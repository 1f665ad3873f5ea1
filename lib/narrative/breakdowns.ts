// "…公开信息488条，其中：组织机构4条，政策文件2条，…" — a stated total followed by a list of parts
// (reference §5.6, NA-01). Parenthetical subsets are removed first; the list ends at the sentence
// end, at a clause with another total verb, or at a quantity in an incompatible unit.
import { stripParentheticals, unwrapBreakdownBrackets } from './brackets';
import { findQuantities, isItemUnit, type Quantity } from './quantities';
import { SENTENCE_END } from './text';
import { codeSet, lastIndexWhere } from './chars';

export interface BreakdownPart {
  name: string;
  quantity: Quantity;
}

export interface Breakdown {
  total: Quantity;
  parts: BreakdownPart[];
  /** The sentence(s) from the total to the end of the list, brackets removed. */
  text: string;
}

/** Marks a clause as the start of something else: a new total, or a new 其中 list. */
const LIST_STOPPER = /共|累计|合计|收到|其中/;
/** What may sit between a total and its 其中: "，" "。" "：" and spaces (both forms). */
const mayPrecedeQizhong = codeSet(',，。:：', true);
/** SENTENCE_END's marks. */
const isSentenceEnd = codeSet('。!?！？\n');
const AFTER_QIZHONG = /^[\s,，:：]*/;

export function findBreakdowns(paragraph: string): Breakdown[] {
  // Brackets are only removed or turned into punctuation: without 其 there is never a 其中.
  if (!paragraph.includes('其')) return [];
  const text = stripParentheticals(unwrapBreakdownBrackets(paragraph));
  if (!text.includes('其中')) return []; // no list: skip reading the quantities
  const quantities = findQuantities(text);
  const out: Breakdown[] = [];
  for (let at = text.indexOf('其中'); at !== -1; at = text.indexOf('其中', at + 2)) {
    // Where the text before 其中 ends once the marks and spaces right before it are left out.
    let totalEnd = at;
    while (totalEnd > 0 && mayPrecedeQizhong(text.charCodeAt(totalEnd - 1))) totalEnd--;
    const total = quantities.find((q) => q.end === totalEnd);
    if (!total || !isItemUnit(total.unit)) continue;

    const listStart = at + 2 + (text.slice(at + 2).match(AFTER_QIZHONG)?.[0].length ?? 0);
    const endMatch = SENTENCE_END.exec(text.slice(listStart));
    const listEnd = endMatch ? listStart + endMatch.index : text.length;

    const parts: BreakdownPart[] = [];
    let cursor = listStart;
    for (const q of quantities) {
      if (q.index < listStart || q.end > listEnd) continue;
      const between = text.slice(cursor, q.index);
      if (LIST_STOPPER.test(between) || !isItemUnit(q.unit)) break;
      parts.push({ name: between.replace(/^[\s,，、;；:：]+/, '').trim(), quantity: q });
      cursor = q.end;
    }
    if (parts.length === 0) continue;
    const sentenceStart = lastSentenceEnd(text, total.index) + 1;
    out.push({ total, parts, text: text.slice(sentenceStart, Math.min(listEnd + 1, text.length)).trim() });
  }
  return out;
}

function lastSentenceEnd(text: string, before: number): number {
  return lastIndexWhere(text, before, isSentenceEnd);
}

export type BreakdownVerdict =
  /** The parts add up to more than the total: a definite error. */
  | { status: 'over'; sum: number; difference: number }
  /** The parts add up to less: often a partial list. */
  | { status: 'under'; sum: number; difference: number }
  | { status: 'equal'; sum: number }
  /** Approximate numbers leave nothing certain. */
  | { status: 'undetermined'; sum: number };

export function assessBreakdown(b: Breakdown): BreakdownVerdict {
  const sum = b.parts.reduce((s, p) => s + p.quantity.value, 0);
  const totalExact = b.total.precision === 'exact';
  const partsExact = b.parts.every((p) => p.quantity.precision === 'exact');
  // Parts marked 余/多 are lower bounds: their true sum is at least `sum`. 约/近 could be either side.
  const partsLowerBounds = b.parts.every((p) => p.quantity.precision !== 'approximate');
  if (sum > b.total.value && totalExact && partsLowerBounds) return { status: 'over', sum, difference: sum - b.total.value };
  if (!partsExact || b.total.precision === 'approximate') return { status: 'undetermined', sum };
  // A total marked 余/多 is itself a lower bound, so fewer parts than it stay a shortfall.
  if (sum < b.total.value) return { status: 'under', sum, difference: b.total.value - sum };
  return totalExact ? { status: 'equal', sum } : { status: 'undetermined', sum };
}

/** Units used by the total and parts when they are not all the same, e.g. ['条', '期']. */
export function mixedUnits(b: Breakdown): string[] {
  const units = [...new Set([b.total.unit, ...b.parts.map((p) => p.quantity.unit)])];
  return units.length > 1 ? units : [];
}
