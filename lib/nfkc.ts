// NFKC without the cost when there is nothing to change. Most report text is ASCII, Han characters
// and the few CJK marks below, none of which NFKC alters (no decomposition, and none composes with
// a neighbour); the check is several times cheaper than String.prototype.normalize, notably in Chromium.
// test/text/nfkc.test.ts checks every character of these sets against normalize('NFKC').
// The sets are defined here once; the one-pass readers elsewhere (normalizeText, labelKey, section
// headings) build their tests from them.

type CodeRange = readonly [number, number];

/** Visible characters NFKC leaves as they are, as inclusive code ranges. */
export const NFKC_STABLE_VISIBLE: readonly CodeRange[] = [
  [0x21, 0x7e], [0x4e00, 0x9fff], [0x3001, 0x3002], [0x3008, 0x3011], [0x3014, 0x3015], [0x2014, 0x2014],
  [0x2018, 0x2019], [0x201c, 0x201d],
];
/** Whitespace NFKC leaves as it is. */
export const NFKC_STABLE_SPACES: readonly CodeRange[] = [[0x09, 0x0a], [0x0d, 0x0d], [0x20, 0x20]];
/** Full-width ASCII forms: NFKC makes each the ASCII character 0xFEE0 below. */
export const FULL_WIDTH_FORMS: CodeRange = [0xff01, 0xff5e];
/** The ideographic space and nbsp: NFKC makes each a space. */
export const WIDE_SPACES: readonly CodeRange[] = [[0x3000, 0x3000], [0xa0, 0xa0]];

const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
/** A regex matching texts made only of characters in `ranges`. */
function onlyOf(ranges: readonly CodeRange[]): RegExp {
  return new RegExp(`^[${ranges.map(([from, to]) => (from === to ? hex(from) : `${hex(from)}-${hex(to)}`)).join('')}]*$`);
}

/** Sets `value` for every code of `ranges` in a per-code-unit table. */
export function fillRanges(table: Uint8Array, ranges: readonly CodeRange[], value: number): void {
  for (const [from, to] of ranges) table.fill(value, from, to + 1);
}

const NFKC_STABLE = onlyOf([...NFKC_STABLE_VISIBLE, ...NFKC_STABLE_SPACES]);
/** Texts no NFKC step or whitespace step changes (stable, no whitespace at all). */
export const NFKC_STABLE_VISIBLE_TEXT = onlyOf(NFKC_STABLE_VISIBLE);
// The next most common text adds full-width ASCII forms (（）：，１２), the ideographic space and
// no-break spaces, whose NFKC forms are ASCII and a space. Amid stable characters nothing can
// compose with the result, so mapping them one by one equals NFKC.
export const NFKC_COMMON_TEXT = onlyOf([...NFKC_STABLE_VISIBLE, ...NFKC_STABLE_SPACES, FULL_WIDTH_FORMS, ...WIDE_SPACES]);

/** Full-width forms, U+3000 and nbsp to ASCII; a plain loop is 3–5× faster than a replace callback. */
function narrowWide(text: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out += text.slice(last, i) + String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000 || code === 0xa0) out += `${text.slice(last, i)} `;
    else continue;
    last = i + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** Same as `text.normalize('NFKC')`. */
export function nfkc(text: string): string {
  if (NFKC_STABLE.test(text)) return text;
  if (NFKC_COMMON_TEXT.test(text)) return narrowWide(text);
  return text.normalize('NFKC');
}
