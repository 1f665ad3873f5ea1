// Compares a figure stated in the text with table cells (N-02…N-07): the claim is one side of a
// relation, the cells the other. Blank cells make it a question for a person, never a violation.
import type { Cell } from '../../schema';
import type { CountClaim } from '../../narrative/claims';
import { quote, sentenceLocator } from '../../narrative';
import type { RuleContext } from '../define';
import { cellValue, evaluateRelation, formatNumber, names, summarizeSide, type Term } from './relation';

/** A sentence whose figure belongs to a part of the issuer (an office acting for it, 本级, one unit). */
const OTHER_SUBJECT = /代表|政府办|办公室|本级|所属|下属/;

const stated = (value: number): Cell => ({ raw: String(value), kind: 'number', value, unit: null, at: null });

export interface ClaimCheck {
  claim: CountClaim;
  /** What the claim is about, for messages: { zh: '本年新收申请', en: 'new applications' }. */
  what: { zh: string; en: string };
  /** The cells whose sum the claim states. */
  terms: Term[];
  /** 表三 / 表四 / 表二 and its English. */
  table: { zh: string; en: string };
  /** How to name the cells when there are many (「（三）不予公开」各项·总计); default: their names. */
  label?: string;
}

/** Reports a contradiction (violation), or a needs-review when blanks or unreadable cells decide. */
export function checkClaim(ctx: RuleContext, { claim, what, terms, table, label }: ClaimCheck): void {
  if (claim.precision === 'approximate') return;
  const said = quote(claim.sentence);
  const sentenceAt = sentenceLocator(claim.paragraph, claim.sentence);
  const n = formatNumber(claim.value);
  const cellNames = label ?? names(terms, 'zh');
  const locators = [sentenceAt, ...terms.map((t) => t.cell?.at)];
  const side = summarizeSide(terms);
  const tableValue = formatNumber(side.known);
  const written = terms.length > 1 ? `${terms.map((t) => valueText(t)).join('+')} = ${tableValue}` : tableValue;

  if (claim.precision === 'lower-bound') {
    // "5余件": only a table figure below 5 contradicts it.
    if (side.blanks.length + side.unreadable.length > 0 || side.known >= claim.value) return;
  } else {
    const result = evaluateRelation([{ cell: stated(claim.value), name: { zh: '正文', en: 'text' } }], terms);
    if (result.status === 'holds') return;
    if (result.status === 'depends') {
      ctx.needsReview({
        message: {
          zh: `正文称“${said}”（${what.zh} ${n}），${table.zh}${cellNames}有空白或无法识别的单元格：${result.condition.zh}`,
          en: `The text states ${n} ${what.en}; ${table.en} has blank or unreadable cells: ${result.condition.en}`,
        },
        expected: `${what.zh} = ${n}`,
        actual: `${table.zh}${cellNames} = ${terms.map((t) => valueText(t)).join('+')}`,
        locators,
      });
      return;
    }
  }
  const relation = claim.precision === 'lower-bound' ? '≥' : '=';
  if (OTHER_SUBJECT.test(claim.sentence)) {
    // "区政府办代表区政府受理…17件": the figure may be one office's, not the whole table's.
    ctx.needsReview({
      message: {
        zh: `正文称“${said}”（${what.zh} ${n}），${table.zh}${cellNames}为 ${written}；正文所述主体可能只是其中一个单位，请人工核对`,
        en: `The text states ${n} ${what.en} for what may be one office only; ${table.en} shows ${written}: check by hand`,
      },
      expected: `${table.zh}${cellNames} ${relation} ${n}`,
      actual: `${table.zh}${cellNames} = ${written}`,
      locators,
    });
    return;
  }
  ctx.violation({
    message: {
      zh: `正文称“${said}”（${what.zh} ${claim.precision === 'lower-bound' ? '至少 ' : ''}${n}），但${table.zh}${cellNames}为 ${written}`,
      en: `The text states ${claim.precision === 'lower-bound' ? 'at least ' : ''}${n} ${what.en}, but ${table.en} shows ${written}`,
    },
    expected: `${table.zh}${cellNames} ${relation} ${n}`,
    actual: `${table.zh}${cellNames} = ${written}`,
    locators,
  });
}

function valueText(term: Term): string {
  const v = cellValue(term.cell);
  return v.kind === 'known' ? formatNumber(v.value) : '?';
}
