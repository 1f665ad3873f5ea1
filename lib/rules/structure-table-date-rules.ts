// Rules of reference §5.1, §5.2, §5.3, §5.4 and §5.7 beyond the first path (S-, T2-, T3-, T4-, D-).
import type { Rule } from './define';
import s02 from './s-02-section-tables';
import s04 from './s-04-table-shape';
import s05 from './s-05-label-drift';
import s06 from './s-06-overview-items';
import s07 from './s-07-accountability';
import s08 from './s-08-heading-numbering';
import s09 from './s-09-title';
import t201 from './t2-01-integers';
import t202 from './t2-02-no-rules-below-city';
import t203 from './t2-03-in-force';
import t204 from './t2-04-published-total';
import t205 from './t2-05-item-count';
import t206 from './t2-06-same-number';
import t207 from './t2-07-procurement-unit';
import t208 from './t2-08-fee-amount';
import t209 from './t2-09-blanks';
import t304 from './t3-04-integers';
import t307 from './t3-07-fee-notice';
import t308 from './t3-08-other-explained';
import t402 from './t4-02-integers';
import t403 from './t4-03-suits-after-review';
import t404 from './t4-04-cases-without-applications';
import d01 from './d-01-year';
import d02 from './d-02-stat-period';
import d04 from './d-04-deadline';
import d05 from './d-05-published-before-signed';
import d06 from './d-06-no-date';
import d07 from './d-07-other-year';

// T2-10 (乡镇/街道 with licensing, penalty or enforcement decisions) is a "do not flag" note: no rule.
export const STRUCTURE_TABLE_DATE_RULES: readonly Rule[] = [
  s02, s04, s05, s06, s07, s08, s09,
  t201, t202, t203, t204, t205, t206, t207, t208, t209,
  t304, t307, t308,
  t402, t403, t404,
  d01, d02, d04, d05, d06, d07,
];
