// @vitest-environment node
import { describe, expect, it } from 'vitest';
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
