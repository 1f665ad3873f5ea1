// Counts must be non-negative integers and amounts non-negative (reference §4): shared by T2-01,
// T3-04 and T4-02. A cell read as unplaceable (too few values in its row) is judged by its text.
import { parseCellValue } from '../../numbers/cell-value';
import { formatNumber, type Term } from './relation';
import type { Bilingual, RuleContext } from '../define';

export interface NumberTerm {
  term: Term;
  /** Counts must be whole numbers; amounts need not be. */
  integer: boolean;
  /** A signed change (2019 本年增/减) may be negative. */
  signed?: boolean;
}

const MAX_LISTED = 8;

function valueOf(term: Term): { kind: 'value'; value: number } | { kind: 'none' } | { kind: 'unreadable' } {
  const cell = term.cell;
  if (!cell || cell.kind === 'blank' || cell.kind === 'na') return { kind: 'none' };
  if (cell.kind === 'number' && cell.value !== null) return { kind: 'value', value: cell.value };
  if (cell.raw.trim() === '') return { kind: 'none' }; // a row the parser did not find
  const parsed = parseCellValue(cell.raw);
  if (parsed.kind === 'number' && parsed.value !== null) return { kind: 'value', value: parsed.value };
  return parsed.kind === 'unreadable' ? { kind: 'unreadable' } : { kind: 'none' };
}

const list = (items: string[]) => items.slice(0, MAX_LISTED).join('、') + (items.length > MAX_LISTED ? `等 ${items.length} 处` : '');
const listEn = (items: string[]) => items.slice(0, MAX_LISTED).join(', ') + (items.length > MAX_LISTED ? ` and ${items.length - MAX_LISTED} more` : '');

/** One violation listing the negative or fractional cells; one review listing unreadable ones. */
export function checkNonNegative(terms: NumberTerm[], table: Bilingual, ctx: RuleContext): void {
  const bad: { term: Term; value: number; why: Bilingual }[] = [];
  const unreadable: Term[] = [];
  for (const { term, integer, signed } of terms) {
    const v = valueOf(term);
    if (v.kind === 'unreadable') unreadable.push(term);
    if (v.kind !== 'value') continue;
    if (v.value < 0 && !signed) bad.push({ term, value: v.value, why: { zh: '为负数', en: 'negative' } });
    else if (integer && !Number.isInteger(v.value)) bad.push({ term, value: v.value, why: { zh: '不是整数', en: 'not a whole number' } });
  }
  if (bad.length > 0) {
    ctx.violation({
      message: {
        zh: `${table.zh}有 ${bad.length} 个单元格不是非负整数：${list(bad.map((b) => `「${b.term.name.zh}」= ${formatNumber(b.value)}（${b.why.zh}）`))}`,
        en: `${table.en}: ${bad.length} cell${bad.length === 1 ? ' is' : 's are'} not a non-negative whole number: ${listEn(bad.map((b) => `${b.term.name.en} = ${formatNumber(b.value)} (${b.why.en})`))}`,
      },
      expected: '≥ 0 的整数（金额可为小数）',
      actual: list(bad.map((b) => `${b.term.name.zh} = ${formatNumber(b.value)}`)),
      locators: bad.map((b) => b.term.cell?.at),
    });
  }
  if (unreadable.length > 0) {
    ctx.needsReview({
      message: {
        zh: `${table.zh}有 ${unreadable.length} 个单元格无法识别为数字，请人工核对：${list(unreadable.map((t) => `「${t.name.zh}」“${t.cell?.raw ?? ''}”`))}`,
        en: `${table.en}: ${unreadable.length} cell${unreadable.length === 1 ? '' : 's'} cannot be read as a number; check by hand: ${listEn(unreadable.map((t) => t.name.en))}`,
      },
      locators: unreadable.map((t) => t.cell?.at),
    });
  }
}
