// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { labelKey } from '../../lib/report/text';
import { templateMarkers } from '../../lib/report/meta';
import { SECTIONS, TEMPLATE_MARKERS } from '../../lib/report/templates';
import { sectionHeadingNumber } from '../../lib/report/sections';
import { stripEnumerator } from '../../lib/report/text';

/** labelKey's definition, spelled out with String.prototype.normalize. */
function keyByDefinition(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u200b-\u200f\ufeff]+/g, '')
    .replace(/[()（）【】\[\]、.,，:：;；“”"'‘’「」《》·]/g, '');
}

/** templateMarkers' definition: the markers found in the NFKC form of the texts joined by line breaks. */
function markersByDefinition(texts: string[]) {
  const haystack = texts.join('\n').normalize('NFKC');
  const found = (markers: string[]) => markers.filter((marker) => haystack.includes(marker.normalize('NFKC')));
  return { v2019: found(TEMPLATE_MARKERS['2019']), v2021: found(TEMPLATE_MARKERS['2021']) };
}

describe('labelKey', () => {
  it('gives the definition for every single character, alone and between Han characters', () => {
    for (let code = 0; code < 0x10000; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue; // lone surrogates
      const ch = String.fromCharCode(code);
      expect(labelKey(ch), `U+${code.toString(16)}`).toBe(keyByDefinition(ch));
      expect(labelKey(`年${ch}报`), `U+${code.toString(16)}`).toBe(keyByDefinition(`年${ch}报`));
    }
  });

  it('gives the definition on mixed text (punctuation, spaces, full-width forms, combining marks)', () => {
    const alphabet = [...'aZ09 ,.()[]:;"\'\t\n年报政府信息公开、。“”‘’《》「」【】〈〉１２（），：；［］＂\u3000\u00a0\u0301\u200b\ufeff\u2026·\uf900①㎡'];
    const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((chars) => chars.join(''));
    fc.assert(fc.property(text, (s) => labelKey(s) === keyByDefinition(s)), { numRuns: 3000 });
  });
});

describe('templateMarkers', () => {
  it('finds a marker written with full-width or compatibility forms, and none across a line break', () => {
    expect(templateMarkers(['第二十条第（九）项', '0']).v2019).toEqual(['第二十条第（九）项']);
    expect(templateMarkers(['第二十条第(九)项']).v2019).toEqual(['第二十条第（九）项']);
    expect(templateMarkers(['本年增／减']).v2019).toEqual(['本年增/减']);
    expect(templateMarkers(['本年制发', '件数']).v2021).toEqual([]);
  });

  it('gives the definition on token lists built from marker pieces and other text', () => {
    const pieces = [
      ...TEMPLATE_MARKERS['2019'], ...TEMPLATE_MARKERS['2021'], '本年', '增', '／', '/', '减', '第二十条第', '（九）', '(九)', '项',
      '政府', '集中采购', '\u3000', '0', '12', '自然人', '\u0301', '\uf900', '㍿', '',
    ];
    const token = fc.array(fc.constantFrom(...pieces), { maxLength: 4 }).map((parts) => parts.join(''));
    const texts = fc.array(token, { maxLength: 8 });
    fc.assert(fc.property(texts, (list) => {
        expect(templateMarkers(list)).toEqual(markersByDefinition(list));
      }), { numRuns: 2000 });
  });
});

/** sectionHeadingNumber's definition, without its shortcuts (the length look, the key-end look). */
function headingByDefinition(text: string): number | null {
  const normal = text.normalize('NFKC').replace(/\s+/g, '');
  if (normal.length === 0 || normal.length > 40 || /[。;]$/.test(normal)) return null;
  const core = stripEnumerator(normal).replace(/^\[bookmark:[^\]]*\]/, '');
  for (const section of SECTIONS) {
    for (const key of section.keys.map((k) => k.normalize('NFKC'))) {
      if (core.endsWith(key) || (core.includes(key) && core.length <= key.length + 14)) return section.number;
    }
  }
  return null;
}

describe('sectionHeadingNumber', () => {
  it('gives the definition on lines built from headings, enumerators, spaces and other forms', () => {
    const pieces = [
      ...SECTIONS.flatMap((section) => section.keys), '一、', '（三）', '(三)', '3.', '政府信息公开', '行政机关', '\u3000', ' ', '\t',
      '。', '；', '0', '12', 'abc', '自然人', '情', '况', '项', '议', '\uf900', '\u2f00', '㍿', '[bookmark:x]', '，', '总体',
    ];
    const line = fc.array(fc.constantFrom(...pieces), { maxLength: 6 }).map((parts) => parts.join(''));
    fc.assert(fc.property(line, (text) => sectionHeadingNumber(text) === headingByDefinition(text)), { numRuns: 3000 });
  });
});

describe('findStatPeriod', () => {
  it('may pass over paragraphs without 统: no other code point normalises to text holding it', () => {
    const makers: number[] = [];
    for (let code = 0; code <= 0x10ffff; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const ch = String.fromCodePoint(code);
      if (ch !== '统' && ch.normalize('NFKC').includes('统')) makers.push(code);
    }
    expect(makers).toEqual([]);
  });
});
