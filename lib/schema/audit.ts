import { z } from './zod';
import { LocatorSchema } from './locator';
import { ReadingSchema, TemplateSchema } from './report';

export const SCHEMA_VERSION = 1;

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

export const RuleGroupSchema = z.enum(['structure', 'table2', 'table3', 'table4', 'narrative', 'dates', 'text']);
export type RuleGroup = z.infer<typeof RuleGroupSchema>;

const bilingual = z.object({ zh: z.string(), en: z.string() });

export const FindingSchema = z.object({
  ruleId: z.string(),
  outcome: z.enum(['violation', 'needs-review']),
  severity: SeveritySchema,
  group: RuleGroupSchema,
  title: bilingual,
  message: bilingual,
  /** What the relation needed and what the page has, written out ("0 + 0 = 0", "4"). */
  expected: z.nullable(z.string()),
  actual: z.nullable(z.string()),
  /** The cells or sentences involved, for highlighting. */
  locators: z.array(LocatorSchema),
});
export type Finding = z.infer<typeof FindingSchema>;

export const RuleRefSchema = z.object({ ruleId: z.string(), title: bilingual });
export type RuleRef = z.infer<typeof RuleRefSchema>;

export const AuditResultSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  page: z.object({ url: z.string(), title: z.string() }),
  // 'too-large': the page went past the snapshot caps (lib/schema/limits.ts) and was not audited.
  status: z.enum(['audited', 'not-report', 'old-format', 'too-large']),
  /**
   * In the browser: the frames whose snapshots were read together (their addresses), and the frames
   * the top page has that never sent one (cross-origin, not a report, or not scriptable).
   */
  frames: z.optional(z.object({ read: z.array(z.string()), unread: z.array(z.string()) })),
  report: z.object({
    title: z.string(),
    agency: z.nullable(z.string()),
    year: z.nullable(z.number()),
    template: TemplateSchema,
    publishedAt: z.nullable(z.string()),
    signDate: z.nullable(z.string()),
  }),
  reading: ReadingSchema,
  findings: z.array(FindingSchema),
  passed: z.array(RuleRefSchema),
  inapplicable: z.array(RuleRefSchema),
  errors: z.array(z.object({ ruleId: z.string(), message: z.string() })),
  counts: z.object({
    error: z.number(),
    warning: z.number(),
    info: z.number(),
    needsReview: z.number(),
  }),
});
export type AuditResult = z.infer<typeof AuditResultSchema>;
