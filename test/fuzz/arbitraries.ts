// Hostile text for the fuzz and security tests: markup and script, bidi and zero-width characters,
// full-width digits, table 三 labels and the blanks the rules must treat as unreadable.
import fc from 'fast-check';

export const HOSTILE_FRAGMENTS = [
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '<a href="javascript:alert(1)">点此</a>',
  '\u202e1202\u202c',
  '\u2066本年新收\u2069',
  '\u200b\u200d\ufeff',
  '１２３',
  '（七）总计',
  '本年新收政府信息公开申请数量',
  '上年结转政府信息公开申请数量',
  '/',
  '—',
  '-',
  '4 5',
  '1e308',
  '99999999999999999999',
  '=HYPERLINK("http://x")',
  '\ud800',
  '\u0000',
] as const;

const specialChar = fc.constantFrom('\u202e', '\u202d', '\u2066', '\u2069', '\u200b', '\u200c', '\u200d', '\ufeff', '\u00a0',
  '\u3000', '\t', '\n', '０', '９', '－', '一', '、', '（', '）', '<', '>', '&', '"', "'");

/** Random strings mixing arbitrary code points with the characters that trip parsers. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(fc.oneof(specialChar, fc.constantFrom(...HOSTILE_FRAGMENTS), fc.string({ maxLength: 4 })), { maxLength: 12 }).map((parts) => parts.join('')),
);
