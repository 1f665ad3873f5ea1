import { defineRule } from './define';
import { formatNumber, knownValue, type Term } from './checks/relation';
import { hasTable3, T3_COLUMN_COUNT, t3TermRows, type T3TermRows } from './checks/table3';

const TOTAL = T3_COLUMN_COUNT - 1;

/** new + carried of a column when both are known, else null. */
function intake(termRows: T3TermRows, column: number): number | null {
  const a = knownValue(termRows.of('new')[column]?.cell);
  const b = knownValue(termRows.of('carried')[column]?.cell);
  return a !== null && b !== null ? a + b : null;
}

// Follows from T3-01, T3-02 and non-negativity, but names the cells directly (seed 003's case).
export default defineRule({
  id: 'T3-05',
  severity: 'error',
  group: 'table3',
  title: { zh: '无申请时表三应全为 0', en: 'No applications means table 3 is all zero' },
  description: {
    zh: '本年新收与上年结转均为 0 时，表三其余单元格都应为 0。',
    en: 'When there are no new and no carried-over applications, every other cell of table 3 must be 0.',
  },
  basis: '表三勾稽关系（一+二 = 三+四）及各数非负',
  appliesTo: hasTable3,
  check(report, ctx) {
    const table = report.table3!;
    const termRows = t3TermRows(table);
    // Judged on the 总计 column; when its intake cells are blank, column by column.
    const totalIntake = intake(termRows, TOTAL);
    const columns =
      totalIntake !== null
        ? totalIntake === 0 ? Array.from({ length: T3_COLUMN_COUNT }, (_, c) => c) : []
        : Array.from({ length: T3_COLUMN_COUNT }, (_, c) => c).filter((c) => intake(termRows, c) === 0);
    const nonZero: { term: Term; value: number }[] = [];
    for (const row of columns.length > 0 ? table.rows : []) {
      const terms = termRows.of(row.id);
      for (const c of columns) {
        const term = terms[c]!;
        const value = knownValue(term.cell);
        if (value !== null && value !== 0) nonZero.push({ term, value });
      }
    }
    if (nonZero.length === 0) return;
    const listZh = nonZero.map((n) => `「${n.term.name.zh}」= ${formatNumber(n.value)}`).join('、');
    const listEn = nonZero.map((n) => `${n.term.name.en} = ${formatNumber(n.value)}`).join(', ');
    const scope = totalIntake !== null ? '' : '（按列判断）';
    ctx.violation({
      message: {
        zh: `一、本年新收与二、上年结转均为 0${scope}，但表三有 ${nonZero.length} 个非零单元格：${listZh}`,
        en: `There are no new or carried-over applications, yet ${nonZero.length} cell${nonZero.length === 1 ? '' : 's'} of table 3 ${nonZero.length === 1 ? 'is' : 'are'} not 0: ${listEn}`,
      },
      expected: '一+二 = 0 ⇒ 全部单元格 = 0',
      actual: listZh,
      locators: nonZero.map((n) => n.term.cell?.at),
    });
  },
});
