import { defineRule } from './define';
import { ISSUER_TYPE_WORDS, type IssuerType } from '../settings';
import type { Report } from '../schema';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Without a known issuer the 乡镇/街道/综合报告 deadline applies (W after 1月31日, E after 3月31日). */
const FALLBACK_TYPE: IssuerType = 'county';

/** The later of the sign-off and publication dates: either being late is late. */
function latestDate(report: Report): { date: string; which: 'sign' | 'published' } | null {
  const sign = report.signOff?.date ?? null;
  const published = report.publishedAt;
  const dates = [
    ...(sign && ISO_DATE.test(sign) ? [{ date: sign, which: 'sign' as const }] : []),
    ...(published && ISO_DATE.test(published) ? [{ date: published, which: 'published' as const }] : []),
  ];
  return dates.sort((a, b) => b.date.localeCompare(a.date))[0] ?? null;
}

export default defineRule({
  id: 'D-04',
  severity: 'error',
  group: 'dates',
  title: { zh: '按期发布', en: 'Published on time' },
  description: {
    zh: '部门年报应于次年1月31日前公布；本级政府年报于3月31日前公布。乡镇、街道的期限由地方规定，默认1月31日后提示警告、3月31日后为错误。期限可在设置中调整。',
    en: 'Department reports are due by 31 January of the next year and government reports by 31 March; townships and subdistricts follow local rules (by default a warning after 31 January, an error after 31 March). The deadlines are settings.',
  },
  basis: '《政府信息公开条例》第四十九条',
  appliesTo: (report) => report.year !== null && latestDate(report) !== null,
  check(report, ctx) {
    const { date, which } = latestDate(report)!;
    const type = report.issuerType ?? FALLBACK_TYPE;
    const deadline = ctx.settings.deadlines[type];
    const next = report.year! + 1;
    const errorAt = `${next}-${deadline.errorAfter}`;
    const warnAt = deadline.warnAfter ? `${next}-${deadline.warnAfter}` : null;
    const late = date > errorAt ? 'error' : warnAt && date > warnAt ? 'warning' : null;
    if (!late) return;
    const limit = late === 'error' ? errorAt : warnAt!;
    const words = ISSUER_TYPE_WORDS[type];
    const whichZh = which === 'sign' ? '落款日期' : '发布日期';
    ctx.violation({
      message: {
        zh: `${whichZh} ${date} 晚于${report.issuerType ? words.zh : '（发布机关类型未识别，按综合报告）'}的期限 ${limit}`,
        en: `The ${which === 'sign' ? 'sign-off' : 'publication'} date ${date} is after the ${report.issuerType ? words.en : 'default (issuer type unknown)'} deadline ${limit}`,
      },
      expected: `≤ ${limit}`,
      actual: date,
      locators: [which === 'sign' ? report.signOff?.at : null],
      severity: late,
    });
  },
});
