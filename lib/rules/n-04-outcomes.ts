import { defineRule } from './define';
import { applicationClaims, claimTerms } from './checks/application-claims';
import { checkClaim } from './checks/claim';
import { hasTable3 } from './checks/table3';

const OUTCOMES = {
  granted: { zh: '予以公开', en: 'disclosed', label: '「（一）予以公开·总计」' },
  partial: { zh: '部分公开', en: 'partly disclosed', label: '「（二）部分公开·总计」' },
  withheld: { zh: '不予公开', en: 'withheld', label: '「（三）不予公开」各项总计之和' },
  unable: { zh: '无法提供', en: 'unable to provide', label: '「（四）无法提供」各项总计之和' },
  rejected: { zh: '不予处理', en: 'not processed', label: '「（五）不予处理」各项总计之和' },
  otherHandling: { zh: '其他处理', en: 'otherwise handled', label: '「（六）其他处理」总计' },
} as const;
const KINDS = Object.keys(OUTCOMES) as (keyof typeof OUTCOMES)[];

export default defineRule({
  id: 'N-04',
  severity: 'error',
  group: 'narrative',
  title: { zh: '正文所述办理结果与表三一致', en: 'Outcomes in the text agree with table 3' },
  description: {
    zh: '正文称“予以公开a件、部分公开b件、不予公开c件、无法提供d件、不予处理e件、其他处理f件”时，表三对应行（不予公开等为其各项之和）的总计应相同。',
    en: 'Outcome counts in the text (disclosed, partly disclosed, withheld, unable to provide, not processed, otherwise handled) must equal the matching table 3 rows (summed over a group\'s rows).',
  },
  basis: '《政府信息公开条例》第五十条（二）；表三“三、本年度办理结果”',
  appliesTo: (report) => hasTable3(report) && applicationClaims(report, KINDS).length > 0,
  check(report, ctx) {
    for (const claim of applicationClaims(report, KINDS)) {
      const outcome = OUTCOMES[claim.kind as keyof typeof OUTCOMES];
      const terms = claimTerms(report, claim.kind);
      checkClaim(ctx, { claim, what: outcome, terms, table: { zh: '表三', en: 'table 3' }, label: outcome.label });
    }
  },
});
