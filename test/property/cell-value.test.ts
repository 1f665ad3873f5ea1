// parseCellValue on any text: never throws, always one of the four kinds, values consistent with the kind.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCellValue } from '../../lib/numbers/cell-value';

const SETTINGS = { seed: 20261122, numRuns: 2000 };
// Characters cells are made of: digits (ASCII, full-width), signs, separators, units, dashes, spaces.
const PIECES = ['0', '1', '9', '０', '９', '+', '-', '－', '—', '/', ',', '.', ' ', '\u00a0', '\u3000', '万元', '元', '个', '件', '无', '约', '余', '零', '〇', '\t', 'e', 'Infinity', 'NaN'];
const cellLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join(''));

describe('parseCellValue (property)', () => {
  it('never throws and returns a consistent value for cell-like text and any string', () => {
    fc.assert(
      fc.property(fc.oneof(cellLike, fc.string(), fc.string({ unit: 'grapheme' })), (text) => {
        const cell = parseCellValue(text);
        expect(['number', 'blank', 'na', 'unreadable']).toContain(cell.kind);
        if (cell.kind === 'number') expect(Number.isFinite(cell.value)).toBe(true);
        if (cell.kind === 'blank' || cell.kind === 'unreadable') expect(cell.value).toBeNull();
        if (cell.kind === 'na') expect(cell.value).toBe(0);
      }),
      SETTINGS,
    );
  });

  it('reads any integer written plainly, full-width or with thousands separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.constantFrom('plain', 'fullwidth', 'grouped'), (n, form) => {
        const plain = String(n);
        const text =
          form === 'fullwidth'
            ? plain.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))).replace('-', '－')
            : form === 'grouped'
              ? n.toLocaleString('en-US')
              : plain;
        expect(parseCellValue(text)).toMatchObject({ kind: 'number', value: n });
      }),
      SETTINGS,
    );
  });
});
