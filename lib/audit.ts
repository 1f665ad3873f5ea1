// Runs the rules over a parsed report and builds the audit result. A rule that throws is recorded
// in `errors` and the run goes on: one broken rule must not hide the others' findings.
import { SCHEMA_VERSION, type AuditResult, type Finding, type Locator, type Report, type RuleGroup } from './schema';
import { RULES } from './rules';
import type { FindingInput, Rule } from './rules/define';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { withAuditMemo } from './narrative/memo';

export interface AuditOptions {
  rules?: readonly Rule[];
  /** Deadlines and other user settings the rules read (defaults when absent). */
  settings?: Settings;
}

const GROUP_ORDER: readonly RuleGroup[] = ['structure', 'table2', 'table3', 'table4', 'narrative', 'dates', 'text'];
/** Position of each group in GROUP_ORDER (the sort reads it for every comparison). */
const GROUP_RANK = new Map<RuleGroup, number>(GROUP_ORDER.map((group, i) => [group, i]));
const groupRank = (group: RuleGroup): number => GROUP_RANK.get(group) ?? -1;

/** Errors first, then warnings; needs-review before hints. */
function rank(f: Finding): number {
  if (f.outcome === 'needs-review') return 2;
  return f.severity === 'error' ? 0 : f.severity === 'warning' ? 1 : 3;
}

/** The locators that have a place on the page (a copy: the finding owns its array). */
function presentLocators(locators: FindingInput['locators']): Locator[] {
  const out: Locator[] = [];
  for (const l of locators ?? []) if (l !== null && l !== undefined) out.push(l);
  return out;
}

function runRule(rule: Rule, report: Report, settings: Settings): Finding[] {
  const findings: Finding[] = [];
  const make = (outcome: Finding['outcome'], input: FindingInput, severity: Finding['severity']): Finding => ({
    ruleId: rule.id,
    outcome,
    severity,
    group: rule.group,
    title: rule.title,
    message: input.message,
    expected: input.expected ?? null,
    actual: input.actual ?? null,
    locators: presentLocators(input.locators),
  });
  rule.check(report, {
    violation: (input) => findings.push(make('violation', input, input.severity ?? rule.severity)),
    needsReview: (input) => findings.push(make('needs-review', input, input.severity ?? 'warning')),
    settings,
  });
  return findings;
}

export function runAudit(report: Report, options: AuditOptions = {}): AuditResult {
  const rules = options.rules ?? RULES;
  const status = report.kind === 'report' ? 'audited' : report.kind;
  const result: AuditResult = {
    schemaVersion: SCHEMA_VERSION,
    page: { url: report.url, title: report.title },
    status,
    report: {
      title: report.title,
      agency: report.agency,
      year: report.year,
      template: report.template,
      publishedAt: report.publishedAt,
      signDate: report.signOff?.date ?? null,
    },
    reading: report.reading,
    findings: [],
    passed: [],
    inapplicable: [],
    errors: [],
    counts: { error: 0, warning: 0, info: 0, needsReview: 0 },
  };
  if (status !== 'audited') return result;

  // Rules share derived data of the report (cells, prose, claims) through the audit memo.
  withAuditMemo(() => {
    for (const rule of rules) {
      const ref = { ruleId: rule.id, title: rule.title };
      try {
        if (!rule.appliesTo(report)) {
          result.inapplicable.push(ref);
          continue;
        }
        const findings = runRule(rule, report, options.settings ?? DEFAULT_SETTINGS);
        if (findings.length === 0) result.passed.push(ref);
        result.findings.push(...findings);
      } catch (e) {
        result.errors.push({ ruleId: rule.id, message: e instanceof Error ? e.message : String(e) });
      }
    }
  });

  result.findings.sort((a, b) => groupRank(a.group) - groupRank(b.group) || rank(a) - rank(b));
  for (const f of result.findings) {
    if (f.outcome === 'needs-review') result.counts.needsReview++;
    else result.counts[f.severity]++;
  }
  return result;
}
