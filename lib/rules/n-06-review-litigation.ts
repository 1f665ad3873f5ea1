import { defineRule } from './define';
import { checkClaim } from './checks/claim';
import type { Term } from './checks/relation';
import { findProceedingClaims, proceedingParagraphs } from '../narrative';
import { T4_GROUPS, T4_OUTCOMES } from '../report/templates';
import type { Report } from '../schema';
import { memo } from '../narrative/memo';

const PER_GROUP = T4_OUTCOMES.length;
const TOTAL = PER_GROUP - 1;

const findClaims = (report: Report) => findProceedingClaims(proceedingParagraphs(report));
const claimsOf = (report: Report) => memo(report, findClaims);

/** The 总计 cell of group g (0 复议, 1 直诉, 2 复议后诉). */
function groupTotal(report: Report, g: number): Term {
  const group = T4_GROUPS[g]!;
  return { cell: report.table4!.cells[g * PER_GROUP + TOTAL], name: { zh: `${group.label}·总计`, en: `${group.en} (total)` } };
}

export default defineRule({
  id: 'N-06',
  severity: 'error',
  group: 'narrative',
  title: { zh: '正文所述行政复议、行政诉讼与表四一致', en: 'Review and litigation in the text agree with table 4' },
  description: {
    zh: '正文称未发生行政复议（行政诉讼）时，表四对应总计应为 0；称“行政复议N件”“行政诉讼N件”时，复议总计、直接起诉与复议后起诉总计之和应为 N。',
    en: 'When the text says there was no administrative review (or lawsuit), or gives their number, table 4\'s review total (direct plus after-review lawsuit totals) must match.',
  },
  basis: '《政府信息公开条例》第五十条（三）；表四',
  appliesTo: (report) => report.table4 !== null && report.table4.cells.length > 0 && claimsOf(report).length > 0,
  check(report, ctx) {
    for (const claim of claimsOf(report)) {
      const review = claim.kind === 'review';
      checkClaim(ctx, {
        claim,
        what: review ? { zh: '行政复议', en: 'administrative reviews' } : { zh: '行政诉讼', en: 'lawsuits' },
        terms: review ? [groupTotal(report, 0)] : [groupTotal(report, 1), groupTotal(report, 2)],
        table: { zh: '表四', en: 'table 4' },
      });
    }
  },
});
