// Parenthetical asides are nested subsets ("（含…3条）", "（其中…）", "（重大行政决策相关信息3条）"):
// they must not be counted as siblings of the list they sit in (reference §5.6, seed 004).

const OPEN = '(（〔【[';
const HAS_OPEN = /[(（〔【[]/;

/** Removes bracketed text (nesting allowed). An opening bracket that never closes is kept as is. */
export function stripParentheticals(text: string): string {
  if (!HAS_OPEN.test(text)) return text; // most paragraphs: nothing to strip
  // The text between bracketed spans is copied in slices, not character by character.
  let out = '';
  let keptFrom = 0;
  let open = nextOpen(text, 0);
  while (open !== -1) {
    const close = matchingClose(text, open);
    if (close === -1) {
      open = nextOpen(text, open + 1);
      continue;
    }
    out += text.slice(keptFrom, open);
    keptFrom = close + 1;
    open = nextOpen(text, keptFrom);
  }
  return out + text.slice(keptFrom);
}

const OPENING = /[(（〔【[]/g;
/** An opening (OPEN) or closing bracket: )）〕】]. */
const BRACKET = /[(（〔【[)）〕】\]]/g;

function nextOpen(text: string, from: number): number {
  OPENING.lastIndex = from;
  const at = OPENING.exec(text)?.index ?? -1;
  OPENING.lastIndex = 0;
  return at;
}

function matchingClose(text: string, openAt: number): number {
  let depth = 0;
  // Jumps from bracket to bracket instead of testing every character.
  BRACKET.lastIndex = openAt;
  for (let m = BRACKET.exec(text); m !== null; m = BRACKET.exec(text)) {
    if (OPEN.includes(m[0])) depth++;
    else {
      depth--;
      if (depth === 0) {
        BRACKET.lastIndex = 0;
        return m.index;
      }
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
  // Each 其中 right after an opening bracket. Unwrapping keeps the text's length, so positions hold.
  for (let at = out.indexOf('其中', 1); at !== -1; at = out.indexOf('其中', at + 1)) {
    const i = at - 1;
    if (!OPEN.includes(out[i] ?? '')) continue;
    const before = out.slice(0, i);
    const sentence = before.slice(before.search(/[^。!?！？\n]*$/));
    if (!ITEM_UNIT_BEFORE.test(before) || sentence.includes('其中')) continue;
    const close = matchingClose(out, i);
    if (close === -1) continue;
    out = `${out.slice(0, i)},${out.slice(i + 1, close)}。${out.slice(close + 1)}`;
  }
  return out;
}
