import { defineRule } from './define';
import { checkClaim } from './checks/claim';
import type { Term } from './checks/relation';
import { findNormativeDocumentClaims, narrativeParagraphs } from '../narrative';
import type { Report } from '../schema';
import { memo } from '../narrative/memo';

const findClaims = (report: Report) => findNormativeDocumentClaims(narrativeParagraphs(report));
const claimsOf = (report: Report) => memo(report, findClaims);

/** Table 二's 规范性文件 row: column 0 is 本年制发件数 (2019: 本年新制作数量), column 1 本年废止件数 (2021 only). */
function normativeCell(report: Report, kind: 'issued' | 'repealed'): Term | null {
  const row = report.table2?.blocks.flatMap((b) => b.rows).find((r) => r.id === 'normative');
  if (!row) return null;
  if (kind === 'repealed' && report.template !== '2021') return null;
  const zh = kind === 'issued' ? (report.template === '2021' ? '本年制发件数' : '本年新制作数量') : '本年废止件数';
  const en = kind === 'issued' ? 'issued this year' : 'repealed this year';
  return { cell: row.cells[kind === 'issued' ? 0 : 1], name: { zh: `规范性文件·${zh}`, en: `normative documents (${en})` } };
}

export default defineRule({
  id: 'N-07',
  severity: 'warning',
  group: 'narrative',
  title: { zh: '正文所述规范性文件件数与表二一致', en: 'Normative documents in the text agree with table 2' },
  description: {
    zh: '正文称“制发（出台）规范性文件N件”“废止…N件”时，表二第二十条第（一）项“行政规范性文件”的本年制发件数、本年废止件数应相同。',
    en: 'When the text gives the number of normative documents issued or repealed this year, table 2 (Article 20 item 1) must show the same numbers.',
  },
  basis: '《政府信息公开条例》第二十条第（一）项、第五十条（一）；表二',
  appliesTo: (report) => claimsOf(report).some((c) => normativeCell(report, c.kind) !== null),
  check(report, ctx) {
    for (const claim of claimsOf(report)) {
      const term = normativeCell(report, claim.kind);
      if (!term) continue;
      const what = claim.kind === 'issued' ? { zh: '制发规范性文件', en: 'normative documents issued' } : { zh: '废止规范性文件', en: 'normative documents repealed' };
      checkClaim(ctx, { claim, what, terms: [term], table: { zh: '表二', en: 'table 2' } });
    }
  },
});
