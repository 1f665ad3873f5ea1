import { defineRule } from './define';
import { formatNumber } from './checks/relation';
import { findPercentLists, narrativeParagraphs, quote, sentenceLocator } from '../narrative';
import type { Report } from '../schema';
import { memo } from '../narrative/memo';

const findLists = (report: Report) => narrativeParagraphs(report).flatMap((paragraph) => findPercentLists(paragraph.text).map((list) => ({ paragraph, list })));
const listsOf = (report: Report) => memo(report, findLists);

export default defineRule({
  id: 'NA-03',
  severity: 'error',
  group: 'narrative',
  title: { zh: '同一组百分比之和不超过100%', en: 'Shares in one breakdown add up to at most 100%' },
  description: {
    zh: '正文“其中……a%，b%……”或“分别占a%、b%……”所列各项占比之和不应超过100%（允许四舍五入误差）；增长率、办结率等不计入。',
    en: 'Percentages listed as shares of one whole ("其中…", "分别占…") must not add up to more than 100% beyond rounding; growth rates and completion rates are not shares.',
  },
  basis: '数据真实、准确（《政府信息公开条例》第五十条）',
  appliesTo: (report) => listsOf(report).length > 0,
  check(report, ctx) {
    for (const { paragraph, list } of listsOf(report)) {
      const total = list.values.reduce((s, v) => s + v, 0);
      if (total <= 100 + list.tolerance) continue;
      const written = `${list.values.map((v) => `${formatNumber(v)}%`).join('+')} = ${formatNumber(total)}%`;
      ctx.violation({
        message: {
          zh: `“${quote(list.sentence)}”：各项占比之和为 ${written}，超过100%`,
          en: `The shares listed add up to ${written}, more than 100%`,
        },
        expected: '≤ 100%',
        actual: written,
        locators: [sentenceLocator(paragraph, list.sentence)],
      });
    }
  },
});
