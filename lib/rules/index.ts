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

export const RULES: readonly Rule[] = [s01, s03, t301, t302, t303, t305, t306, t401, n01, na01, d03];

export { defineRule } from './define';
export type { Rule, RuleContext, FindingInput, Bilingual } from './define';
