import { defineRule } from './define';
import type { Report } from '../schema';

const TABLES: { section: number; numeral: string; zh: string; en: string; present: (r: Report) => boolean }[] = [
  { section: 2, numeral: '二', zh: '主动公开政府信息情况', en: 'proactive disclosure', present: (r) => (r.table2?.blocks.length ?? 0) > 0 },
  {
    section: 3, numeral: '三', zh: '收到和处理政府信息公开申请情况', en: 'applications',
    present: (r) => r.table3?.rows.some((row) => row.rawLabel !== null) ?? false,
  },
  { section: 4, numeral: '四', zh: '政府信息公开行政复议、行政诉讼情况', en: 'review and litigation', present: (r) => (r.table4?.cells.length ?? 0) > 0 },
];

export default defineRule({
  id: 'S-02',
  severity: 'error',
  group: 'structure',
  title: { zh: '第二、三、四部分有表格', en: 'Sections 2, 3 and 4 carry their tables' },
  description: {
    zh: '第二、三、四部分应分别包含规定格式的表格，不能只有标题。',
    en: 'Sections 2, 3 and 4 must each contain the template\'s table, not just the heading.',
  },
  basis: '《政府信息公开工作年度报告格式》第二、三、四部分表格',
  appliesTo: (report) => report.sections.some((s) => s.number >= 2 && s.number <= 4),
  check(report, ctx) {
    for (const table of TABLES) {
      const section = report.sections.find((s) => s.number === table.section);
      if (!section || table.present(report)) continue; // a missing section is S-01's
      ctx.violation({
        message: {
          zh: `第${table.numeral}部分「${table.zh}」只有标题，没有找到表${table.numeral}`,
          en: `Section ${table.section} (${table.en}) has its heading but no table ${table.section} was found`,
        },
        expected: `表${table.numeral}`,
        actual: '无表格',
        locators: [section.at],
      });
    }
  },
});
