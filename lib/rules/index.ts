// Every rule, in catalog order (reference §5). A rule lives in one file named by its ID.
import type { Rule } from './define';
import s01 from './s-01-sections';
import s03 from './s-03-template';
import t301 from './t3-01-balance';
import t302 from './t3-02-total';
import t303 from './t3-03-row';
import t305 from './t3-05-zero';
import t306 from './t3-06-blanks';
import t401 from './t4-01-total';
import n01 from './n-01-no-applications';
import na01 from './na-01-breakdown';
import d03 from './d-03-sign-date';
import { STRUCTURE_TABLE_DATE_RULES } from './structure-table-date-rules';
import { NARRATIVE_TEXT_RULES } from './narrative-text-rules';

const FIRST_PATH_RULES: readonly Rule[] = [s01, s03, t301, t302, t303, t305, t306, t401, n01, na01, d03];

// Catalog order of reference §5: S, T2, T3, T4, N, NA, D, X, Q; by number within each.
const CATALOG_PREFIXES = ['S', 'T2', 'T3', 'T4', 'N', 'NA', 'D', 'X', 'Q'];
const catalogKey = (id: string) => {
  const [prefix = '', number = '0'] = id.split('-');
  return CATALOG_PREFIXES.indexOf(prefix) * 100 + Number(number);
};

export const RULES: readonly Rule[] = [...FIRST_PATH_RULES, ...STRUCTURE_TABLE_DATE_RULES, ...NARRATIVE_TEXT_RULES].sort(
  (a, b) => catalogKey(a.id) - catalogKey(b.id),
);

export { defineRule } from './define';
export type { Rule, RuleContext, FindingInput, Bilingual } from './define';
