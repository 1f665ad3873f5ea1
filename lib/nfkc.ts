// NFKC without the cost when there is nothing to change. Most report text is ASCII, Han characters
// and the few CJK marks below, none of which NFKC alters (no decomposition, and none composes with
// a neighbour); the check is several times cheaper than String.prototype.normalize, notably in Chromium.
// test/text/nfkc.test.ts checks every character of the set against normalize('NFKC').
const NFKC_STABLE = /^[\t\n\r\x20-\x7e\u4e00-\u9fff\u3001\u3002\u3008-\u3011\u2018\u2019\u201c\u201d]*$/;

/** Same as `text.normalize('NFKC')`. */
export function nfkc(text: string): string {
  return NFKC_STABLE.test(text) ? text : text.normalize('NFKC');
}
