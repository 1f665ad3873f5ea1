// User settings: language and the publication deadlines D-04 judges against (reference §5.7).
// Kept in extension storage by the options page; the CLI takes the same shape from a flag.
import { z } from './schema/zod';

import { ISSUER_TYPES, type IssuerType } from './schema/report';

export { ISSUER_TYPES, type IssuerType };

export const ISSUER_TYPE_WORDS: Record<IssuerType, { zh: string; en: string }> = {
  department: { zh: '部门', en: 'department' },
  township: { zh: '乡镇', en: 'township' },
  subdistrict: { zh: '街道', en: 'subdistrict' },
  county: { zh: '县区政府', en: 'county or district government' },
  city: { zh: '市级政府', en: 'city government' },
};

const monthDay = z.string().check(z.regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/));

/** Dates in the year after the report year: a warning after `warnAfter`, an error after `errorAfter`. */
export const DeadlineSchema = z.object({ warnAfter: z.nullable(monthDay), errorAfter: monthDay });
export type Deadline = z.infer<typeof DeadlineSchema>;

export const SettingsSchema = z.object({
  version: z.literal(1),
  language: z.enum(['auto', 'zh', 'en']),
  deadlines: z.object({
    department: DeadlineSchema,
    township: DeadlineSchema,
    subdistrict: DeadlineSchema,
    county: DeadlineSchema,
    city: DeadlineSchema,
  }),
});
export type Settings = z.infer<typeof SettingsSchema>;

/**
 * 条例第四十九条: departments publish by 1月31日; the 本级政府 report by 3月31日. Towns and
 * subdistricts are set locally: warn after 1月31日, error after 3月31日 (reference §5.7 D-04).
 */
export const DEFAULT_SETTINGS: Settings = {
  version: 1,
  language: 'auto',
  deadlines: {
    department: { warnAfter: null, errorAfter: '01-31' },
    township: { warnAfter: '01-31', errorAfter: '03-31' },
    subdistrict: { warnAfter: '01-31', errorAfter: '03-31' },
    county: { warnAfter: '01-31', errorAfter: '03-31' },
    city: { warnAfter: '01-31', errorAfter: '03-31' },
  },
};

/** Reads stored or passed settings, falling back to the defaults for anything missing or invalid. */
export function resolveSettings(input: unknown): Settings {
  const parsed = SettingsSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const partial = (typeof input === 'object' && input !== null ? input : {}) as Partial<Settings>;
  const deadlines = { ...DEFAULT_SETTINGS.deadlines };
  for (const type of ISSUER_TYPES) {
    const candidate = DeadlineSchema.safeParse(partial.deadlines?.[type]);
    if (candidate.success) deadlines[type] = candidate.data;
  }
  const language = z.enum(['auto', 'zh', 'en']).safeParse(partial.language);
  return { version: 1, language: language.success ? language.data : 'auto', deadlines };
}
