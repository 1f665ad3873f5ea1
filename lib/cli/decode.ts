// Bytes → text the way a browser would pick the encoding: BOM, then the page's own declaration
// (<meta charset>, http-equiv Content-Type), then the HTTP header, then UTF-8. Chinese portals
// often serve GBK/GB2312 pages with a missing or wrong header, so the page's meta wins here.

export class DecodeError extends Error {}

export interface Decoded {
  text: string;
  /** The encoding used, as a WHATWG encoding name ("utf-8", "gb18030", …). */
  encoding: string;
}

/** How much of the file is searched for a `<meta charset>`; browsers look at 1024 bytes, pages don't always comply. */
const META_SCAN_BYTES = 8192;
const MAX_REPLACEMENT_SHARE = 0.01;

/** gb2312 and gbk are decoded as gb18030, their superset (it is what browsers do too). */
const ALIASES: Record<string, string> = {
  gb2312: 'gb18030', gbk: 'gb18030', 'x-gbk': 'gb18030', gb_2312: 'gb18030', 'gb_2312-80': 'gb18030',
  cp936: 'gb18030', 'windows-936': 'gb18030', chinese: 'gb18030', 'csgb2312': 'gb18030',
  utf8: 'utf-8', 'unicode-1-1-utf-8': 'utf-8',
};

/** A charset label as an encoding TextDecoder supports, or null for an unknown label. */
export function canonicalEncoding(label: string): string | null {
  const key = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (!key) return null;
  const name = ALIASES[key] ?? key;
  try {
    return new TextDecoder(name).encoding;
  } catch {
    return null;
  }
}

/** The charset parameter of a Content-Type value. */
export function charsetFromContentType(value: string | null | undefined): string | null {
  const match = /charset\s*=\s*["']?([\w.:-]+)/i.exec(value ?? '');
  return match?.[1] ?? null;
}

/** `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…; charset=…">` near the top. */
export function metaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, META_SCAN_BYTES));
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(tag);
    if (direct?.[1]) return direct[1];
  }
  return null;
}

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65536);
  if (sample.includes('\u0000')) return true;
  let replaced = 0;
  for (const ch of sample) if (ch === '\ufffd') replaced += 1;
  return replaced > Math.max(8, sample.length * MAX_REPLACEMENT_SHARE);
}

/**
 * Decodes a page or text file. `contentType` is the HTTP Content-Type header, if any.
 * Throws DecodeError for input that is not text (binary data, or bytes no candidate encoding reads).
 */
export function decodeBytes(bytes: Uint8Array, contentType?: string | null): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) {
    const text = new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length));
    if (looksBinary(text)) throw new DecodeError(`content is not ${bom.encoding} text`);
    return { text, encoding: bom.encoding };
  }
  const declaredLabel = metaCharset(bytes) ?? charsetFromContentType(contentType);
  const declared = declaredLabel ? canonicalEncoding(declaredLabel) : null;
  // UTF-16 declared in a meta tag read as ASCII cannot be right (browsers ignore it too).
  const first = declared && !declared.startsWith('utf-16') ? declared : 'utf-8';
  const candidates = [first, ...(first === 'utf-8' ? ['gb18030'] : ['utf-8'])];
  for (const encoding of candidates) {
    const text = tryDecode(bytes, encoding);
    if (text !== null && !looksBinary(text)) return { text, encoding };
  }
  // A declared encoding with a few bad bytes: decode it leniently, as a browser would.
  const lenient = new TextDecoder(first).decode(bytes);
  if (!looksBinary(lenient)) return { text: lenient, encoding: first };
  throw new DecodeError(`content is not readable as ${first} text`);
}
