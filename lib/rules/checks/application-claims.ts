// Claims about applications, read from the parts of the text that talk about them, and the
// table 三 cells (column 总计) each kind of claim states.
import type { Paragraph, Report } from '../../schema';
import { applicationParagraphs, findApplicationClaims, type ApplicationClaimKind, type CountClaim } from '../../narrative';
import { T3_TOTAL_COLUMN } from '../../report/templates';
import { memo } from '../../narrative/memo';
import type { Term } from './relation';
import { t3RowDefs, t3Term } from './table3';

export interface ParagraphClaims {
  paragraph: Paragraph;
  claims: CountClaim<ApplicationClaimKind>[];
}

/** The claims of each paragraph about applications, in page order. */
function claimsByParagraph(report: Report): ParagraphClaims[] {
  return applicationParagraphs(report).map((paragraph) => ({ paragraph, claims: findApplicationClaims([paragraph]) }));
}

// N-02…N-05 and NA-02 each read the claims twice (appliesTo, then check): find them once per audit run.
export function applicationClaimsByParagraph(report: Report): readonly ParagraphClaims[] {
  return memo(report, claimsByParagraph);
}

function allClaims(report: Report): CountClaim<ApplicationClaimKind>[] {
  return applicationClaimsByParagraph(report).flatMap((p) => p.claims);
}

function allApplicationClaims(report: Report): CountClaim<ApplicationClaimKind>[] {
  return memo(report, allClaims);
}

export function applicationClaims(report: Report, kinds: readonly ApplicationClaimKind[]): CountClaim<ApplicationClaimKind>[] {
  return allApplicationClaims(report).filter((c) => kinds.includes(c.kind));
}

/** Row ids per claim kind; a group kind (不予公开…) is every row of its group in the report's template. */
const ROWS: Record<ApplicationClaimKind, { ids: string[] } | { group: string }> = {
  new: { ids: ['new'] },
  newAndCarried: { ids: ['new', 'carried'] },
  carried: { ids: ['carried'] },
  forward: { ids: ['forward'] },
  granted: { ids: ['granted'] },
  partial: { ids: ['partial'] },
  withheld: { group: 'withheld' },
  unable: { group: 'unable' },
  rejected: { group: 'rejected' },
  otherHandling: { group: 'other' },
  handled: { ids: ['total'] },
};

/** The 总计-column cells whose sum a claim of this kind states. */
export function claimTerms(report: Report, kind: ApplicationClaimKind): Term[] {
  const rows = ROWS[kind];
  const ids = 'ids' in rows ? rows.ids : t3RowDefs(report).filter((d) => d.id.startsWith(rows.group)).map((d) => d.id);
  return ids.map((id) => t3Term(report.table3!, id, T3_TOTAL_COLUMN));
}
