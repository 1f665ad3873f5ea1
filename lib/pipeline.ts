// The whole engine in one call: snapshot → report → audit result. Used by the worker, the CLI and tests.
import type { AuditResult, PageSnapshot } from './schema';
import { parseReport } from './report';
import { runAudit, type AuditOptions } from './audit';

export function auditSnapshot(snapshot: PageSnapshot, options: AuditOptions = {}): AuditResult {
  return runAudit(parseReport(snapshot), options);
}
