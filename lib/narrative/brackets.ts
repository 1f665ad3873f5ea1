// Parenthetical asides are nested subsets ("（含…3条）", "（其中…）", "（重大行政决策相关信息3条）"):
// they must not be counted as siblings of the list they sit in (reference §5.6, seed 004).

const OPEN = '(（〔【[';
const CLOSE = ')）〕】]';
const HAS_OPEN = /[(（〔【[]/;

/** Removes bracketed text (nesting allowed). An opening bracket that never closes is kept as is. */
export function stripParentheticals(text: string): string {
  if (!HAS_OPEN.test(text)) return text; // most paragraphs: nothing to strip
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

const ITEM_UNIT_BEFORE = /[条期篇份则项]\s*$/;

/**
 * "公布政府信息2602条(其中机构职能类信息82条,…)": a bracket right after a total that opens with 其中
 * is that total's own breakdown, not a nested subset, so its brackets are turned into "," … "。".
 * Only outside a running 其中 list: "政策文件20条(其中规章5条)" inside one stays a subset.
 */
export function unwrapBreakdownBrackets(text: string): string {
  if (!text.includes('其中')) return text; // only a bracket opening with 其中 is unwrapped
  let out = text;
  for (let i = 0; i < out.length; i++) {
    if (!OPEN.includes(out[i] ?? '') || out.slice(i + 1, i + 3) !== '其中') continue;
    const before = out.slice(0, i);
    const sentence = before.slice(before.search(/[^。!?！？\n]*$/));
    if (!ITEM_UNIT_BEFORE.test(before) || sentence.includes('其中')) continue;
    const close = matchingClose(out, i);
    if (close === -1) continue;
    out = `${out.slice(0, i)},${out.slice(i + 1, close)}。${out.slice(close + 1)}`;
  }
  return out;
}
