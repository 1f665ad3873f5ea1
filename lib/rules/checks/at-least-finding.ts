// Reports one "a ≥ b" relation of a table row: a violation when it fails, and the rows that depend
// on blank cells gathered into one needs-review finding.
import { cellValue, formatNumber, locatorsOf, names, type Side, type Term } from './relation';
import type { AtLeastResult } from './inequality';
import type { Bilingual, RuleContext } from '../define';

/** "5+?" when the side has blanks. */
export const sideText = (side: Side): string =>
  side.blanks.length + side.unreadable.length > 0 ? `${formatNumber(side.known)}+?` : formatNumber(side.known);

/** A cell's value for a message: "5", or "?" when blank or unreadable. */
export function shown(term: Term): string {
  const v = cellValue(term.cell);
  return v.kind === 'known' ? formatNumber(v.value) : '?';
}

export class AtLeastReporter {
  private pending: { where: Bilingual; blanks: Term[] }[] = [];

  constructor(private readonly ctx: RuleContext, private readonly formula: Bilingual) {}

  /** `describe` writes the failure with the row's numbers. */
  add(result: AtLeastResult, where: Bilingual, describe: (r: AtLeastResult) => { message: Bilingual; expected: string; actual: string }): void {
    if (result.status === 'depends') this.pending.push({ where, blanks: result.blanks });
    if (result.status !== 'fails') return;
    this.ctx.violation({ ...describe(result), locators: locatorsOf([...result.big.terms, ...result.small.terms]) });
  }

  finish(): void {
    if (this.pending.length === 0) return;
    const blanks = this.pending.flatMap((p) => p.blanks);
    this.ctx.needsReview({
      message: {
        zh: `${this.formula.zh}：${this.pending.map((p) => p.where.zh).join('、')}含空白或无法识别的单元格${names(blanks, 'zh')}，无法判断`,
        en: `${this.formula.en}: ${this.pending.map((p) => p.where.en).join(', ')} cannot be judged: blank or unreadable cells ${names(blanks, 'en')}`,
      },
      locators: locatorsOf(blanks),
    });
  }
}
