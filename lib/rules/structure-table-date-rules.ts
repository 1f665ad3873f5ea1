// Rules of reference §5.1, §5.2, §5.3, §5.4 and §5.7 beyond the first path (S-, T2-, T3-, T4-, D-).
import type { Rule } from './define';

export const STRUCTURE_TABLE_DATE_RULES: readonly Rule[] = [];
