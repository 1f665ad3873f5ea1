import { defineRule } from './define';

export default defineRule({
  id: 'D-01',
  severity: 'error',
  group: 'dates',
  title: { zh: '标题载明报告年度', en: 'The title names the report year' },
  description: {
    zh: '应能从标题中读出报告年度（如“2021年政府信息公开工作年度报告”）；没有年度，其余日期规则都无从核对。',
    en: 'The report year must be readable from the title (e.g. "2021年政府信息公开工作年度报告"); without it no date can be checked.',
  },
  basis: '《政府信息公开条例》第四十九条、第五十条（报告上一年度的工作）',
  appliesTo: () => true,
  check(report, ctx) {
    if (report.year !== null) return;
    ctx.violation({
      message: {
        zh: `无法从标题“${report.title}”中读出报告年度`,
        en: `The report year cannot be read from the title "${report.title}"`,
      },
      expected: '标题含“YYYY年”',
      actual: report.title,
      locators: [report.titleAt],
    });
  },
});
