import { defineRule } from './define';
import { applicationClaims, claimTerms } from './checks/application-claims';
import { checkClaim } from './checks/claim';
import { cellValue, formatNumber } from './checks/relation';
import { hasTable3 } from './checks/table3';
import { quote, sentenceLocator, type CountClaim } from '../narrative';
import type { Report } from '../schema';
import type { RuleContext } from './define';

/**
 * "收到75件" against 新收 74 + 上年结转 1: the text most likely counts the carried-over application
 * as received. Worth a look, not a contradiction. Returns true when it reported that.
 */
function countsCarriedAsReceived(report: Report, claim: CountClaim, ctx: RuleContext): boolean {
  const [newTerm, carriedTerm] = claimTerms(report, 'newAndCarried');
  const fresh = cellValue(newTerm?.cell);
  const carried = cellValue(carriedTerm?.cell);
  if (fresh.kind !== 'known' || carried.kind !== 'known' || carried.value === 0) return false;
  if (fresh.value === claim.value || fresh.value + carried.value !== claim.value) return false;
  const [n, c] = [formatNumber(fresh.value), formatNumber(carried.value)];
  ctx.needsReview({
    message: {
      zh: `正文称“${quote(claim.sentence)}”（收到申请 ${formatNumber(claim.value)}），表三本年新收为 ${n}、上年结转为 ${c}：正文可能把上年结转计入了收到数`,
      en: `The text states ${formatNumber(claim.value)} applications received; table 3 has ${n} new and ${c} carried over: the text may count the carried-over ones as received`,
    },
    expected: `表三「一、本年新收申请·总计」 = ${formatNumber(claim.value)}`,
    actual: `表三「一、本年新收申请·总计」 = ${n}（+ 上年结转 ${c} = ${formatNumber(claim.value)}）`,
    locators: [sentenceLocator(claim.paragraph, claim.sentence), newTerm?.cell?.at, carriedTerm?.cell?.at],
  });
  return true;
}

const KINDS = ['new', 'newAndCarried'] as const;
const TABLE = { zh: '表三', en: 'table 3' };

export default defineRule({
  id: 'N-02',
  severity: 'error',
  group: 'narrative',
  title: { zh: '正文所述收到申请数与表三一致', en: 'Applications received in the text agree with table 3' },
  description: {
    zh: '正文（总体情况·依申请公开、第三部分）称“收到申请N件”时，表三“一、本年新收”总计应为 N；“共N件（含上年结转）”时，本年新收与上年结转之和应为 N。',
    en: 'When the text says N applications were received, table 3 must show N new applications (new plus carried over when the text says the figure includes them).',
  },
  basis: '《政府信息公开条例》第五十条（二）；表三“一、本年新收”“二、上年结转”',
  appliesTo: (report) => hasTable3(report) && applicationClaims(report, KINDS).length > 0,
  check(report, ctx) {
    for (const claim of applicationClaims(report, KINDS)) {
      const both = claim.kind === 'newAndCarried';
      if (!both && countsCarriedAsReceived(report, claim, ctx)) continue;
      checkClaim(ctx, {
        claim,
        what: both ? { zh: '本年新收与上年结转申请', en: 'applications, new and carried over' } : { zh: '收到申请', en: 'applications received' },
        terms: claimTerms(report, claim.kind),
        table: TABLE,
      });
    }
  },
});
