import { runAudit } from '../../lib/audit';
import type { Rule } from '../../lib/rules';
import type { Report } from '../../lib/schema';

/** Runs one rule through the audit and returns what it reported. */
export function runRule(rule: Rule, report: Report) {
  const result = runAudit(report, { rules: [rule] });
  if (result.errors.length > 0) throw new Error(result.errors.map((e) => e.message).join('; '));
  return {
    findings: result.findings,
    violations: result.findings.filter((f) => f.outcome === 'violation'),
    reviews: result.findings.filter((f) => f.outcome === 'needs-review'),
    passed: result.passed.length === 1,
    inapplicable: result.inapplicable.length === 1,
  };
}
