// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NFKC_STABLE_SPACES, NFKC_STABLE_VISIBLE, nfkc } from '../../lib/nfkc';

/** The characters nfkc() passes through unnormalised: the ranges its fast check (and the one-pass readers) are built from. */
const STABLE_RANGES = [...NFKC_STABLE_VISIBLE, ...NFKC_STABLE_SPACES];

describe('nfkc', () => {
  it('every character it passes through is one NFKC leaves as it is', () => {
    for (const [from, to] of STABLE_RANGES) {
      for (let code = from; code <= to; code += 1) {
        const ch = String.fromCodePoint(code);
        expect(ch.normalize('NFKC'), `U+${code.toString(16)}`).toBe(ch);
      }
    }
  });

  it('normalises what NFKC changes: full-width forms, ideographic space, nbsp, compatibility ideographs', () => {
    expect(nfkc('１２３，（一）')).toBe('123,(一)');
    expect(nfkc('政府\u3000信息\u00a0公开')).toBe('政府 信息 公开');
    expect(nfkc('\uf900')).toBe('\uf900'.normalize('NFKC'));
    expect(nfkc('\uf900')).not.toBe('\uf900');
    expect(nfkc('e\u0301')).toBe('é');
  });

  it('equals normalize("NFKC") on mixed text (ASCII, Han, CJK marks, full-width forms, combining marks)', () => {
    const alphabet = [...'aZ09 ,.()\t\n年报政府信息公开、。“”《》【】１２（），：\u3000\u00a0\u0301\u2026\uff0e\uf900①㎡'];
    const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((chars) => chars.join(''));
    fc.assert(fc.property(text, (s) => nfkc(s) === s.normalize('NFKC')), { numRuns: 2000 });
  });

  it('maps each full-width ASCII form and the ideographic space as NFKC does', () => {
    for (let code = 0xff01; code <= 0xff5e; code += 1) {
      const ch = String.fromCodePoint(code);
      expect(nfkc(`年${ch}报`), `U+${code.toString(16)}`).toBe(`年${ch}报`.normalize('NFKC'));
    }
    expect(nfkc('一\u3000二')).toBe('一 二');
    expect(nfkc('一\u00a0二')).toBe('一 二');
  });

  it('equals normalize("NFKC") on text of stable characters and full-width forms only (the mapped path)', () => {
    const alphabet = [...'aZ09 ,.()\t\n年报政府、。“”《》【】１２（），：；＠Ａｚ～〔〕—\u3000\u00a0'];
    const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((chars) => chars.join(''));
    fc.assert(fc.property(text, (s) => nfkc(s) === s.normalize('NFKC')), { numRuns: 2000 });
  });
});
