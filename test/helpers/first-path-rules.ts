// The first path's rules (issue 2). Tests of the engine and the formatters that were written against
// these keep to them, so that rules added later do not change what those tests are about.
import { RULES } from '../../lib/rules';

export const FIRST_PATH_IDS = ['S-01', 'S-03', 'T3-01', 'T3-02', 'T3-03', 'T3-05', 'T3-06', 'T4-01', 'N-01', 'NA-01', 'D-03'];
export const FIRST_PATH_RULES = RULES.filter((rule) => FIRST_PATH_IDS.includes(rule.id));
