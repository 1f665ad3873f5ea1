import { defineRule } from './define';
import { evaluateRelation, formatNumber, ReviewCollector, writeSide } from './checks/relation';
import { hasTable3, T3_COLUMN_COUNT, t3RowDef, t3TermRows } from './checks/table3';

const APPLICANT_COLUMNS = T3_COLUMN_COUNT - 1;

export default defineRule({
  id: 'T3-03',
  severity: 'error',
  group: 'table3',
  title: { zh: '表三每行总计等于各类申请人之和', en: 'Table 3 row total equals the sum of applicant columns' },
  description: {
    zh: '每一行中，总计列应等于自然人与五类法人或其他组织之和。',
    en: 'In every row, the total column must equal natural persons plus the five kinds of organisations.',
  },
  basis: '《政府信息公开工作年度报告格式》表三“申请人情况”各列与总计列',
  appliesTo: hasTable3,
  check(report, ctx) {
    const table = report.table3!;
    const review = new ReviewCollector({ zh: '总计 = 各类申请人之和', en: 'Row total = sum of applicant columns' });
    // A row the parser did not find has no relation on the page to check.
    const termRows = t3TermRows(table);
    for (const row of table.rows) {
      if (row.rawLabel === null) continue;
      const terms = termRows.of(row.id);
      const result = evaluateRelation([terms[APPLICANT_COLUMNS]!], terms.slice(0, APPLICANT_COLUMNS));
      if (result.status === 'holds') continue;
      const def = t3RowDef(row.id);
      const rowName = { zh: def?.short ?? row.label, en: def?.en ?? row.id };
      if (result.status === 'depends') review.add({ zh: `「${rowName.zh}」行`, en: `row ${rowName.en}` }, result);
      if (result.status !== 'fails') continue;
      const stated = formatNumber(result.left.known);
      const open = result.right.blanks.length > 0;
      const sum = formatNumber(result.right.known);
      ctx.violation({
        message: {
          zh: `「${rowName.zh}」行：总计为 ${stated}，但各类申请人之和${open ? '至少' : ''}为 ${sum}`,
          en: `Row "${rowName.en}": the total is ${stated} but the applicant columns add up to ${open ? 'at least ' : ''}${sum}`,
        },
        expected: writeSide('C1+…+C6', result.right),
        actual: `C7 = ${stated}`,
        locators: [...result.left.terms, ...result.right.terms].map((t) => t.cell?.at),
      });
    }
    const finding = review.finding();
    if (finding) ctx.needsReview(finding);
  },
});
