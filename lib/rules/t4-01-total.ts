import { defineRule } from './define';
import { evaluateRelation, formatNumber, ReviewCollector, writeValues } from './checks/relation';
import type { Term } from './checks/relation';
import { T4_GROUPS, T4_OUTCOMES } from '../report/templates';

const PER_GROUP = T4_OUTCOMES.length; // 维持, 纠正, 其他, 尚未审结, 总计

export default defineRule({
  id: 'T4-01',
  severity: 'error',
  group: 'table4',
  title: { zh: '表四各组总计等于各结果之和', en: 'Table 4 totals equal the sum of outcomes' },
  description: {
    zh: '行政复议、未经复议直接起诉、复议后起诉三组中，总计应等于结果维持、结果纠正、其他结果与尚未审结之和。',
    en: 'For administrative review, direct lawsuits and lawsuits after review, the total must equal upheld + corrected + other + pending.',
  },
  basis: '《政府信息公开工作年度报告格式》表四',
  appliesTo: (report) => report.table4 !== null && report.table4.cells.length > 0,
  check(report, ctx) {
    const cells = report.table4!.cells;
    const review = new ReviewCollector({ zh: '总计 = 维持+纠正+其他+尚未审结', en: 'Total = upheld + corrected + other + pending' });
    T4_GROUPS.forEach((group, g) => {
      const term = (k: number): Term => ({
        cell: cells[g * PER_GROUP + k],
        name: { zh: `${group.label}·${T4_OUTCOMES[k]?.label}`, en: `${group.en} (${T4_OUTCOMES[k]?.en})` },
      });
      const total = term(PER_GROUP - 1);
      const result = evaluateRelation([total], [0, 1, 2, 3].map(term));
      if (result.status === 'depends') review.add({ zh: `「${group.label}」`, en: group.en }, result);
      if (result.status !== 'fails') return;
      const stated = formatNumber(result.left.known);
      const sum = `${writeValues(result.right)} = ${formatNumber(result.right.known)}${result.right.blanks.length > 0 ? '+?' : ''}`;
      ctx.violation({
        message: {
          zh: `「${group.label}」总计为 ${stated}，但结果维持+结果纠正+其他结果+尚未审结 = ${sum}`,
          en: `${group.en}: the total is ${stated} but upheld + corrected + other + pending = ${sum}`,
        },
        expected: `维持+纠正+其他+尚未审结 = ${sum}`,
        actual: `总计 = ${stated}`,
        locators: [...result.left.terms, ...result.right.terms].map((t) => t.cell?.at),
      });
    });
    const finding = review.finding();
    if (finding) ctx.needsReview(finding);
  },
});
