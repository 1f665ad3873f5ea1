import { defineRule } from './define';
import { cellValue, formatNumber } from './checks/relation';

const REVIEW_TOTAL = 4;
const AFTER_REVIEW_TOTAL = 14;

export default defineRule({
  id: 'T4-03',
  severity: 'info',
  group: 'table4',
  title: { zh: '复议后起诉不多于行政复议', en: 'Lawsuits after review ≤ reviews' },
  description: {
    zh: '复议后起诉的总计多于行政复议的总计：可能（上年的复议本年起诉），请核对。',
    en: 'More lawsuits after review than reviews: possible (reviews of the previous year), but worth checking.',
  },
  basis: '《政府信息公开工作年度报告格式》表四',
  appliesTo: (report) => (report.table4?.cells.length ?? 0) > AFTER_REVIEW_TOTAL,
  check(report, ctx) {
    const cells = report.table4!.cells;
    const review = cellValue(cells[REVIEW_TOTAL]);
    const after = cellValue(cells[AFTER_REVIEW_TOTAL]);
    if (review.kind !== 'known' || after.kind !== 'known' || after.value <= review.value) return;
    ctx.violation({
      message: {
        zh: `复议后起诉总计 ${formatNumber(after.value)} 多于行政复议总计 ${formatNumber(review.value)}：除非涉及上年度的复议，否则不合常理`,
        en: `${formatNumber(after.value)} lawsuits after review but only ${formatNumber(review.value)} reviews: plausible only through earlier years' reviews`,
      },
      expected: `复议后起诉总计 ≤ ${formatNumber(review.value)}`,
      actual: `复议后起诉总计 = ${formatNumber(after.value)}`,
      locators: [cells[REVIEW_TOTAL]?.at, cells[AFTER_REVIEW_TOTAL]?.at],
    });
  },
});
