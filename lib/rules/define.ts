// A rule is metadata plus one small pure check. The check reports through `ctx`; a rule that
// reports nothing passed. Rules never see the browser or Node: only the parsed Report.
import type { Locator, Report, RuleGroup, Severity } from '../schema';
import type { Settings } from '../settings';

export interface Bilingual {
  zh: string;
  en: string;
}

/** What a check reports about one problem. */
export interface FindingInput {
  message: Bilingual;
  /** What the relation needed, written out ("一+二 = 0+0 = 0"). */
  expected?: string | null;
  /** What the page has, written out ("三(七)+四 = 4+0 = 4"). */
  actual?: string | null;
  /** Cells or sentences involved; nulls (things without a place on the page) are skipped. */
  locators?: ReadonlyArray<Locator | null | undefined>;
  /** Overrides the rule's severity (S-03 is W for 2019; NA-01 is I when the parts fall short). */
  severity?: Severity;
}

export interface RuleContext {
  /** A definite defect, at the rule's severity unless overridden. */
  violation(finding: FindingInput): void;
  /** Holds only for particular values of unknown cells: a person must look (severity 'warning' by default). */
  needsReview(finding: FindingInput): void;
  /** The user's settings (D-04 deadlines); the defaults unless the caller passed others. */
  readonly settings: Settings;
}

export interface Rule {
  /** Reference rule ID (reference §5), e.g. 'T3-01'. */
  id: string;
  severity: Severity;
  group: RuleGroup;
  title: Bilingual;
  /** What the rule checks. */
  description: Bilingual;
  /** Legal or template basis (zh). */
  basis: string;
  /** False when what the rule needs is absent (no table 三, no year…): the rule is then inapplicable. */
  appliesTo(report: Report): boolean;
  check(report: Report, ctx: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
