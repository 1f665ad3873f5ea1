// Parenthetical asides are nested subsets ("（含…3条）", "（其中…）", "（重大行政决策相关信息3条）"):
// they must not be counted as siblings of the list they sit in (reference §5.6, seed 004).

const OPEN = '(（〔【[';
const CLOSE = ')）〕】]';

/** Removes bracketed text (nesting allowed). An opening bracket that never closes is kept as is. */
export function stripParentheticals(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (OPEN.includes(ch)) {
      const close = matchingClose(text, i);
      if (close !== -1) {
        i = close + 1;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}

function matchingClose(text: string, openAt: number): number {
  let depth = 0;
  for (let i = openAt; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}
