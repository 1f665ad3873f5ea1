// Rules of reference §5.5, §5.6 and §5.9 beyond the first path (N-, NA-, Q-).
import type { Rule } from './define';

export const NARRATIVE_TEXT_RULES: readonly Rule[] = [];
