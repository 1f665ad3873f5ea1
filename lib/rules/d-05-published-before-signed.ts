import { defineRule } from './define';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export default defineRule({
  id: 'D-05',
  severity: 'warning',
  group: 'dates',
  title: { zh: '发布日期不早于落款日期', en: 'Published no earlier than signed' },
  description: {
    zh: '页面的发布日期早于报告的落款日期，两者必有一个有误。',
    en: 'The page\'s publication date is before the report\'s sign-off date: one of them is wrong.',
  },
  basis: '《政府信息公开条例》第四十九条（年报经审定后公布）',
  appliesTo: (report) => ISO_DATE.test(report.publishedAt ?? '') && ISO_DATE.test(report.signOff?.date ?? ''),
  check(report, ctx) {
    const published = report.publishedAt!;
    const signed = report.signOff!.date!;
    if (published >= signed) return;
    ctx.violation({
      message: {
        zh: `发布日期 ${published} 早于落款日期 ${signed}`,
        en: `Published on ${published}, before the sign-off date ${signed}`,
      },
      expected: `发布日期 ≥ ${signed}`,
      actual: published,
      locators: [report.signOff!.at],
    });
  },
});
