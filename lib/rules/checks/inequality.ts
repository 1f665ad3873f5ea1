// Σ big ≥ Σ small with blank cells as unknown non-negative numbers (reference §4), for the W rules
// of table 二 and 四: 'fails' only when no values of the blanks can make it hold.
import { summarizeSide, type Side, type Term } from './relation';

export type AtLeastResult =
  | { status: 'holds' | 'fails'; big: Side; small: Side }
  | { status: 'depends'; big: Side; small: Side; blanks: Term[] };

export function evaluateAtLeast(bigTerms: Term[], smallTerms: Term[]): AtLeastResult {
  const big = summarizeSide(bigTerms);
  const small = summarizeSide(smallTerms);
  const blanks = [...big.blanks, ...big.unreadable, ...small.blanks, ...small.unreadable];
  const enough = big.known >= small.known - 1e-9;
  if (big.unreadable.length + small.unreadable.length > 0) return { status: 'depends', big, small, blanks };
  const bigOpen = big.blanks.length > 0;
  const smallOpen = small.blanks.length > 0;
  if (!bigOpen && !smallOpen) return { status: enough ? 'holds' : 'fails', big, small };
  // Blanks on the big side can only help; blanks on the small side can only hurt.
  if (bigOpen && !smallOpen) return enough ? { status: 'holds', big, small } : { status: 'depends', big, small, blanks };
  if (!bigOpen && smallOpen) return enough ? { status: 'depends', big, small, blanks } : { status: 'fails', big, small };
  return { status: 'depends', big, small, blanks };
}
