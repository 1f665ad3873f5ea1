import { defineRule } from './define';

export default defineRule({
  id: 'D-02',
  severity: 'error',
  group: 'dates',
  title: { zh: '统计期限覆盖报告年度全年', en: 'The stated period covers the whole year' },
  description: {
    zh: '报告写明统计期限时，应为报告年度的1月1日至12月31日。',
    en: 'When the report states its statistical period, it must run from 1 January to 31 December of the report year.',
  },
  basis: '《政府信息公开条例》第四十九条（报告上一年度的政府信息公开工作）',
  appliesTo: (report) => report.year !== null && (report.statPeriod ?? null) !== null,
  check(report, ctx) {
    const period = report.statPeriod!;
    const from = `${report.year}-01-01`;
    const to = `${report.year}-12-31`;
    if (period.from === from && period.to === to) return;
    ctx.violation({
      message: {
        zh: `统计期限为 ${period.from} 至 ${period.to}，应为 ${from} 至 ${to}（${report.year}年全年）`,
        en: `The statistical period is ${period.from} to ${period.to}; it should be ${from} to ${to} (the whole of ${report.year})`,
      },
      expected: `${from} 至 ${to}`,
      actual: `${period.from} 至 ${period.to}`,
      locators: [period.at],
    });
  },
});
