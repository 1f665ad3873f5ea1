// The whole engine in one call: snapshot → report → audit result. Used by the worker, the CLI and tests.
import type { AuditResult, PageSnapshot } from './schema';
import { parseReport } from './report';
import { runAudit, type AuditOptions } from './audit';

export function auditSnapshot(snapshot: PageSnapshot, options: AuditOptions = {}): AuditResult {
  if (snapshot.truncated) return tooLarge(snapshot, options);
  return runAudit(parseReport(snapshot), options);
}

/**
 * A snapshot cut short at a cap comes from a page too large to read whole (10 MB, thousands of
 * tables). Auditing its first part would report as missing what is only unread, so it is refused,
 * saying so; the title and address are kept. The worker and the CLI answer alike.
 */
function tooLarge(snapshot: PageSnapshot, options: AuditOptions): AuditResult {
  const empty = runAudit(parseReport({ ...snapshot, items: [], truncated: false }), { ...options, rules: [] });
  return { ...empty, status: 'too-large' };
}
