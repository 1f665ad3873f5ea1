import { defineRule } from './define';
import { checkNonNegative } from './checks/integers';
import { hasTable3, T3_COLUMN_COUNT, t3Term } from './checks/table3';

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
    const terms = table.rows
      .filter((row) => row.rawLabel !== null)
      .flatMap((row) => Array.from({ length: T3_COLUMN_COUNT }, (_, c) => ({ term: t3Term(table, row.id, c), integer: true })));
    checkNonNegative(terms, { zh: '表三', en: 'Table 3' }, ctx);
  },
});
