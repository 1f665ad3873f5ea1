// Character tests by UTF-16 code unit. Walking a text with text[i] and a regex makes a new
// one-character string for every Han character, which costs more than the test itself.

/** Whether `code` is a character of JavaScript's \s (WhiteSpace or LineTerminator; all in the BMP). */
export function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** A test for the characters of `chars` (BMP characters), and of \s too when `withSpace`. */
export function codeSet(chars: string, withSpace = false): (code: number) => boolean {
  const codes = new Set(Array.from(chars, (ch) => ch.charCodeAt(0)));
  return withSpace ? (code) => codes.has(code) || isSpaceCode(code) : (code) => codes.has(code);
}

/** The last index below `before` whose character passes `test`, or -1. */
export function lastIndexWhere(text: string, before: number, test: (code: number) => boolean): number {
  for (let i = before - 1; i >= 0; i--) if (test(text.charCodeAt(i))) return i;
  return -1;
}
