import { defineRule } from './define';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export default defineRule({
  id: 'D-03',
  severity: 'error',
  group: 'dates',
  title: { zh: '落款日期晚于统计期末', en: 'Signed after the reporting period' },
  description: {
    zh: '落款日期应晚于报告年度的12月31日：统计期结束前签署的报告不可能包含全年数据。',
    en: 'The sign-off date must be after 31 December of the reporting year: a report signed before the period ends cannot cover the whole year.',
  },
  basis: '《政府信息公开条例》第四十九条（报告上一年度的政府信息公开工作）',
  appliesTo: (report) => report.year !== null && ISO_DATE.test(report.signOff?.date ?? ''),
  check(report, ctx) {
    const date = report.signOff!.date!;
    const periodEnd = `${report.year}-12-31`;
    if (date > periodEnd) return; // ISO dates compare as strings
    ctx.violation({
      message: {
        zh: `落款日期 ${date} 不晚于统计期末 ${periodEnd}，报告在统计期结束前签署`,
        en: `Signed on ${date}, not after the end of the reporting period (${periodEnd})`,
      },
      expected: `> ${periodEnd}`,
      actual: date,
      locators: [report.signOff!.at],
    });
  },
});
