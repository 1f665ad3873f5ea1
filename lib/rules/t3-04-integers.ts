import { defineRule } from './define';
import { checkNonNegative, type NumberTerm } from './checks/integers';
import { hasTable3, t3TermRows } from './checks/table3';

export default defineRule({
  id: 'T3-04',
  severity: 'error',
  group: 'table3',
  title: { zh: '表三各数为非负整数', en: 'Table 3 cells are non-negative whole numbers' },
  description: {
    zh: '表三各单元格是申请件数，应为非负整数。',
    en: 'Every cell of table 3 counts applications and must be a non-negative whole number.',
  },
  basis: '《政府信息公开工作年度报告格式》表三（各项为申请件数）',
  appliesTo: hasTable3,
  check(report, ctx) {
    const table = report.table3!;
    const termRows = t3TermRows(table);
    const terms: NumberTerm[] = [];
    for (const row of table.rows) {
      if (row.rawLabel === null) continue;
      for (const term of termRows.of(row.id)) terms.push({ term, integer: true });
    }
    checkNonNegative(terms, { zh: '表三', en: 'Table 3' }, ctx);
  },
});
