import { defineRule } from './define';
import { applicationClaims, claimTerms } from './checks/application-claims';
import { checkClaim } from './checks/claim';
import { hasTable3 } from './checks/table3';

const KINDS = ['carried', 'forward'] as const;
const WHAT = {
  carried: { zh: '上年结转申请', en: 'applications carried over from last year' },
  forward: { zh: '结转下年度申请', en: 'applications carried forward to next year' },
};

export default defineRule({
  id: 'N-03',
  severity: 'error',
  group: 'narrative',
  title: { zh: '正文所述结转申请数与表三一致', en: 'Carried-over applications in the text agree with table 3' },
  description: {
    zh: '正文称“上年结转N件”时，表三“二、上年结转”总计应为 N；称“结转下年度（继续办理）N件”时，“四、结转下年度继续办理”总计应为 N。',
    en: 'When the text gives the applications carried over from last year, or carried forward to next year, table 3 must show the same number.',
  },
  basis: '《政府信息公开条例》第五十条（二）；表三“二、上年结转”“四、结转下年度继续办理”',
  appliesTo: (report) => hasTable3(report) && applicationClaims(report, KINDS).length > 0,
  check(report, ctx) {
    for (const claim of applicationClaims(report, KINDS)) {
      const kind = claim.kind as (typeof KINDS)[number];
      checkClaim(ctx, { claim, what: WHAT[kind], terms: claimTerms(report, kind), table: { zh: '表三', en: 'table 3' } });
    }
  },
});
