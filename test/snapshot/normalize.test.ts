// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SNAPSHOT_LIMITS } from '../../lib/schema/limits';
import { normalizeLine, normalizeText } from '../../lib/snapshot';

describe('normalizeText', () => {
  it('applies NFKC to full-width digits, brackets and punctuation', () => {
    expect(normalizeText('（七）总计')).toBe('(七)总计');
    expect(normalizeText('０１２３')).toBe('0123');
    expect(normalizeText('第一项，第二项：')).toBe('第一项,第二项:');
  });

  it('collapses nbsp, U+3000, tabs and newlines and trims', () => {
    expect(normalizeText('\u00a0 a\u3000\u3000b \t\n c \u00a0')).toBe('a b c');
    expect(normalizeText('\u00a0')).toBe('');
  });

  it('removes a space between two CJK characters only', () => {
    expect(normalizeText('本年度办 理结果')).toBe('本年度办理结果');
    expect(normalizeText('项\u3000目')).toBe('项目');
    expect(normalizeText('2020年 通过')).toBe('2020年通过');
    expect(normalizeText('2020 年')).toBe('2020 年');
    expect(normalizeText('total 总计')).toBe('total 总计');
  });

  it('removes zero-width characters', () => {
    expect(normalizeText('总\u200b计\ufeff')).toBe('总计');
    expect(normalizeText('\u200d\u2060')).toBe('');
  });

  it('cuts over-long text', () => {
    expect(normalizeText('字'.repeat(30_000))).toHaveLength(20_000);
  });
});

describe('normalizeLine', () => {
  it('keeps tabs, leading ones included', () => {
    expect(normalizeLine('\t\t4.保护第三方合法权益\t０\t0')).toBe('\t\t4.保护第三方合法权益\t0\t0');
    expect(normalizeLine('a \t b\t\t')).toBe('a\tb\t\t');
  });

  it('turns a whitespace-only line into an empty one', () => {
    expect(normalizeLine('\t')).toBe('');
    expect(normalizeLine(' \u3000 ')).toBe('');
  });
});

// normalizeText takes a one-pass route for the common characters (lib/snapshot/normalize-common.ts):
// it must equal the definition, written out here as the chain of steps it stands for.
describe('normalizeText against its definition', () => {
  const CJK = '\\p{Script=Han}\\u3001-\\u303f\\uff00-\\uffef';
  const definition = (raw: string) =>
    raw
      .normalize('NFKC')
      .replace(/[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(new RegExp(`(?<=[${CJK}]) (?=[${CJK}])`, 'gu'), '');

  it('agrees on text of the common characters: Han, CJK marks, full-width forms, every kind of space', () => {
    const alphabet = [...'aZ09 ,.:()\t\n\r年报政府、。“”‘’《》【】〔〕—（）：，１２Ａ\u3000\u00a0', '\u9fef', '\u9ff0', '\u9fff'];
    const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }).map((chars) => chars.join(''));
    fc.assert(fc.property(text, (raw) => normalizeText(raw) === definition(raw)), { numRuns: 3000, seed: 20261122 });
  });

  it('agrees when rarer characters send the text the general way', () => {
    const alphabet = [...'a 年报\u3000（\u200b\ufeff\u2028\u0301①…·', '\u3400', '\uf900'];
    const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((chars) => chars.join(''));
    fc.assert(fc.property(text, (raw) => normalizeText(raw) === definition(raw)), { numRuns: 2000, seed: 20261122 });
  });

  it('handles texts longer than its reused buffer, cut at the text cap', () => {
    const long = '政府\u3000信息 （公开）'.repeat(3000); // 33,000 characters
    expect(normalizeText(long)).toBe(definition(long).slice(0, SNAPSHOT_LIMITS.maxTextLength));
  });
});
