import { defineRule } from './define';

export default defineRule({
  id: 'D-06',
  severity: 'warning',
  group: 'dates',
  title: { zh: '有落款日期或发布日期', en: 'A sign-off or publication date is given' },
  description: {
    zh: '报告既无落款日期，页面也无发布日期，无法核对是否按期发布。',
    en: 'The report has no sign-off date and the page no publication date: timeliness cannot be verified.',
  },
  basis: '《政府信息公开条例》第四十九条（发布期限）',
  appliesTo: () => true,
  check(report, ctx) {
    if (report.signOff?.date || report.publishedAt) return;
    const organ = report.signOff?.organ;
    ctx.violation({
      message: {
        zh: organ ? `落款“${organ}”没有日期，页面也没有发布日期，无法核对是否按期发布` : '报告没有落款日期，页面也没有发布日期，无法核对是否按期发布',
        en: organ
          ? `The sign-off "${organ}" has no date and the page no publication date: timeliness cannot be verified`
          : 'No sign-off date and no publication date: timeliness cannot be verified',
      },
      expected: '落款日期或发布日期',
      actual: organ ? `落款“${organ}”，无日期` : '无',
      locators: [report.signOff?.at],
    });
  },
});
