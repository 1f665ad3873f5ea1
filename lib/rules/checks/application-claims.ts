// Claims about applications, read from the parts of the text that talk about them, and the
// table 三 cells (column 总计) each kind of claim states.
import type { Paragraph, Report } from '../../schema';
import { applicationParagraphs, findApplicationClaims, type ApplicationClaimKind, type CountClaim } from '../../narrative';
import { T3_TOTAL_COLUMN } from '../../report/templates';
import type { Term } from './relation';
import { t3RowDefs, t3Term } from './table3';

interface KnownClaims {
  paragraphs: Paragraph[];
  texts: string[];
  claims: CountClaim<ApplicationClaimKind>[];
}

// N-02…N-05 each read the claims twice (appliesTo, then check): find them once per report. The
// entry is reused only while the report still holds the same paragraphs with the same texts.
const KNOWN = new WeakMap<Report, KnownClaims>();

function sameParagraphs(known: KnownClaims, paragraphs: Paragraph[]): boolean {
  return known.paragraphs.length === paragraphs.length &&
    paragraphs.every((p, i) => p === known.paragraphs[i] && p.text === known.texts[i]);
}

function allApplicationClaims(report: Report): CountClaim<ApplicationClaimKind>[] {
  const paragraphs = applicationParagraphs(report);
  const known = KNOWN.get(report);
  if (known && sameParagraphs(known, paragraphs)) return known.claims;
  const claims = findApplicationClaims(paragraphs);
  KNOWN.set(report, { paragraphs, texts: paragraphs.map((p) => p.text), claims });
  return claims;
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
