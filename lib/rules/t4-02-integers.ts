import { defineRule } from './define';
import { checkNonNegative } from './checks/integers';
import { T4_GROUPS, T4_OUTCOMES } from '../report/templates';

export default defineRule({
  id: 'T4-02',
  severity: 'error',
  group: 'table4',
  title: { zh: '表四各数为非负整数', en: 'Table 4 cells are non-negative whole numbers' },
  description: {
    zh: '表四各单元格是案件数，应为非负整数。',
    en: 'Every cell of table 4 counts cases and must be a non-negative whole number.',
  },
  basis: '《政府信息公开工作年度报告格式》表四',
  appliesTo: (report) => report.table4 !== null && report.table4.cells.length > 0,
  check(report, ctx) {
    const terms = report.table4!.cells.map((cell, i) => {
      const group = T4_GROUPS[Math.floor(i / T4_OUTCOMES.length)];
      const outcome = T4_OUTCOMES[i % T4_OUTCOMES.length];
      return {
        term: { cell, name: { zh: `${group?.label ?? ''}·${outcome?.label ?? ''}`, en: `${group?.en ?? ''} (${outcome?.en ?? ''})` } },
        integer: true,
      };
    });
    checkNonNegative(terms, { zh: '表四', en: 'Table 4' }, ctx);
  },
});
