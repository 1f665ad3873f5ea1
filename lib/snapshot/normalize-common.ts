// normalizeText in one pass for the text most pages are made of: NFKC-stable characters, full-width
// ASCII forms, and whitespace (tab, newline, space, U+3000, nbsp). The general path (NFKC, then four
// regex passes) gives the same result; test/snapshot/normalize.test.ts compares the two.

import { NFKC_COMMON_TEXT } from '../nfkc';

const HAN = /\p{Script=Han}/u;

/** The output's char codes, reused between calls (grown when a longer text comes). */
let codes = new Uint16Array(1024);

/** Same CJK set as normalize.ts's SPACE_BETWEEN_CJK, for the characters that can reach it here. */
function isCjk(code: number): boolean {
  if (code >= 0x4e00 && code <= 0x9fef) return true; // assigned Han ideographs
  if (code >= 0x3001 && code <= 0x303f) return true;
  // Unicode may not have assigned the last few code points of the block: ask the engine.
  return code > 0x9fef && code <= 0x9fff && HAN.test(String.fromCharCode(code));
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x3000 || code === 0xa0;
}

/**
 * The normalised text, or null when `raw` holds a character outside the common set. Whitespace runs
 * become one space, the ends are trimmed, a space between two CJK characters is dropped, and
 * full-width forms become ASCII (their NFKC form; nothing around them can compose).
 */
export function normalizeCommonText(raw: string): string | null {
  if (!NFKC_COMMON_TEXT.test(raw)) return null; // any other character: the general way
  if (codes.length < raw.length) codes = new Uint16Array(raw.length * 2);
  let length = 0;
  let pendingSpace = false;
  for (let i = 0; i < raw.length; i += 1) {
    let code = raw.charCodeAt(i);
    if (isSpace(code)) {
      pendingSpace = length > 0; // leading whitespace is trimmed
      continue;
    }
    if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
    if (pendingSpace) {
      if (!(isCjk(codes[length - 1] as number) && isCjk(code))) codes[length++] = 0x20;
      pendingSpace = false;
    }
    codes[length++] = code;
  }
  return fromCodes(length);
}

const CHUNK = 8192; // String.fromCharCode takes its arguments on the stack

function fromCodes(length: number): string {
  if (length <= CHUNK) return String.fromCharCode.apply(null, codes.subarray(0, length) as unknown as number[]);
  let out = '';
  for (let start = 0; start < length; start += CHUNK) {
    out += String.fromCharCode.apply(null, codes.subarray(start, Math.min(length, start + CHUNK)) as unknown as number[]);
  }
  return out;
}
