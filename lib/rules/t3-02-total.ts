import { defineRule } from './define';
import { evaluateRelation, formatNumber, ReviewCollector, type Side } from './checks/relation';
import { columnLabel, hasTable3, T3_COLUMN_COUNT, t3RowDefs, t3TermRows } from './checks/table3';

const sumWords = (side: Side, lang: 'zh' | 'en'): string => {
  const open = side.blanks.length + side.unreadable.length > 0;
  const n = formatNumber(side.known);
  if (lang === 'zh') return open ? `至少为 ${n}` : `为 ${n}`;
  return open ? `at least ${n}` : n;
};

// The outcome rows partition the handled applications (部分公开 "只计这一情形").
export default defineRule({
  id: 'T3-02',
  severity: 'error',
  group: 'table3',
  title: { zh: '表三（七）总计等于各办理结果之和', en: 'Table 3 total handled equals the sum of the outcomes' },
  description: {
    zh: '每一列中，（七）总计应等于（一）至（六）各项办理结果（末级行）之和。',
    en: 'In every column, (7) total handled must equal the sum of the outcome rows (1)–(6).',
  },
  basis: '《政府信息公开工作年度报告格式》表三“三、本年度办理结果”各项与（七）总计',
  appliesTo: hasTable3,
  check(report, ctx) {
    const table = report.table3!;
    const termRows = t3TermRows(table);
    const leafRows = t3RowDefs(report).filter((d) => d.leaf).map((d) => termRows.of(d.id));
    const totalRow = termRows.of('total');
    const review = new ReviewCollector({ zh: '（七）总计 = 各办理结果之和', en: 'Total handled = sum of outcomes' });
    for (let c = 0; c < T3_COLUMN_COUNT; c++) {
      const col = columnLabel(c);
      const total = totalRow[c]!;
      const result = evaluateRelation([total], leafRows.map((terms) => terms[c]!));
      if (result.status === 'depends') review.add({ zh: `「${col.zh}」列`, en: `${col.en} column` }, result);
      if (result.status !== 'fails') continue;
      const stated = formatNumber(result.left.known);
      ctx.violation({
        message: {
          zh: `「（七）总计·${col.zh}」为 ${stated}，但各办理结果之和${sumWords(result.right, 'zh')}`,
          en: `Total handled (${col.en}) is ${stated} but the outcomes add up to ${sumWords(result.right, 'en')}`,
        },
        expected: `各办理结果之和 = ${sumWords(result.right, 'zh').replace(/^为 /, '')}`,
        actual: `（七）总计 = ${stated}`,
        locators: [total.cell?.at, ...result.right.terms.filter((t) => t.cell?.kind === 'number' && t.cell.value !== 0).map((t) => t.cell?.at)],
      });
    }
    const finding = review.finding();
    if (finding) ctx.needsReview(finding);
  },
});
