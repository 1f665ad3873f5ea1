import { defineRule } from './define';
import { checkNonNegative } from './checks/integers';
import { hasTable2, t2Cells } from './checks/table2';

export default defineRule({
  id: 'T2-01',
  severity: 'error',
  group: 'table2',
  title: { zh: '表二数量为非负整数、金额非负', en: 'Table 2 counts are non-negative whole numbers' },
  description: {
    zh: '表二各数量应为非负整数，金额应为非负数；2019版“本年增/减”可为负数。',
    en: 'Every count in table 2 must be a non-negative whole number and every amount non-negative; the 2019 "change this year" column may be negative.',
  },
  basis: '《政府信息公开工作年度报告格式》表二（各项为件数、项目数或金额）',
  appliesTo: hasTable2,
  check(report, ctx) {
    const terms = t2Cells(report).map((c) => ({ term: c.term, integer: c.kind !== 'amount', signed: c.kind === 'delta' }));
    checkNonNegative(terms, { zh: '表二', en: 'Table 2' }, ctx);
  },
});
