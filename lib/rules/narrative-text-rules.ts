// Rules of reference §5.5, §5.6 and §5.9 beyond the first path (N-, NA-, Q-).
import type { Rule } from './define';
import n02 from './n-02-received';
import n03 from './n-03-carried';
import n04 from './n-04-outcomes';
import n05 from './n-05-handled';
import n06 from './n-06-review-litigation';
import n07 from './n-07-normative-documents';
import n08 from './n-08-fee-statement';
import n09 from './n-09-fee-amount';
import na02 from './na-02-application-balance';
import na03 from './na-03-percentages';
import q01 from './q-01-placeholders';
import q02 from './q-02-debris';
import q03 from './q-03-foreign-boilerplate';
import q04 from './q-04-repetition';
import q05 from './q-05-problems-section';
import q06 from './q-06-punctuation';
import q07 from './q-07-procurement-average';

export const NARRATIVE_TEXT_RULES: readonly Rule[] = [n02, n03, n04, n05, n06, n07, n08, n09, na02, na03, q01, q02, q03, q04, q05, q06, q07];
