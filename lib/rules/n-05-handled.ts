import { defineRule } from './define';
import { applicationClaims, claimTerms } from './checks/application-claims';
import { checkClaim } from './checks/claim';
import { hasTable3 } from './checks/table3';

const KINDS = ['handled'] as const;

export default defineRule({
  id: 'N-05',
  severity: 'error',
  group: 'narrative',
  title: { zh: '正文所述办结数与表三总计一致', en: 'Applications handled in the text agree with table 3' },
  description: {
    zh: '正文称“办结（答复）申请N件”时，表三“（七）总计”的总计列应为 N。',
    en: 'When the text says N applications were handled (answered), table 3\'s total handled must be N.',
  },
  basis: '《政府信息公开条例》第五十条（二）；表三“（七）总计”',
  appliesTo: (report) => hasTable3(report) && applicationClaims(report, KINDS).length > 0,
  check(report, ctx) {
    for (const claim of applicationClaims(report, KINDS)) {
      checkClaim(ctx, {
        claim,
        what: { zh: '办结申请', en: 'applications handled' },
        terms: claimTerms(report, 'handled'),
        table: { zh: '表三', en: 'table 3' },
      });
    }
  },
});
