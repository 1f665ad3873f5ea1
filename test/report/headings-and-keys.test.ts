import { describe, expect, it } from 'vitest';
import { sectionHeadingNumber } from '../../lib/report/sections';
import { labelKey } from '../../lib/report/text';

// The cheap looks before normalising (all-ASCII, too many characters, no key ending) must not lose
// a heading that only NFKC or whitespace removal brings into shape.
describe('sectionHeadingNumber', () => {
  it.each([
    ['一、总体情况', 1],
    ['（三）收到和处理政府信息公开申请情况', 3],
    ['四、政府信息公开行政复议、行政诉讼情况', 4],
    ['六、其他需要报告的事项', 6],
    ['一、\u3000总 体 情 况', 1], // ideographic and ASCII spaces go
    ['（五）存在的主要问题及改进情况', 5],
    ['２．主动公开政府信息情况', 2], // full-width enumerator
  ])('reads %j as section %i', (text, number) => {
    expect(sectionHeadingNumber(text)).toBe(number);
  });

  it.each([
    '0',
    '2021 12 31',
    '自然人',
    '一、总体情况。',
    `${'政'.repeat(37)}总体情况`, // 41 characters ending in a key: longer than a heading may be
    `${'政'.repeat(37)} 总 体 情 况`,
  ])('does not read %j as a heading', (text) => {
    expect(sectionHeadingNumber(text)).toBeNull();
  });

  it('reads a heading of 40 characters once its spaces are gone', () => {
    const text = `${'政'.repeat(36)} 总体情况`; // 36 + 4 = 40 after the space goes
    expect(sectionHeadingNumber(text)).toBe(1);
  });
});

describe('labelKey', () => {
  it.each([
    ['123', '123'],
    ['abc', 'abc'],
    ['ＡＢ１', 'AB1'], // full-width forms are normalised, not passed through
    ['（一）予以公开', '一予以公开'],
    ['本年 新制作数量', '本年新制作数量'],
  ])('keys %j as %j', (text, key) => {
    expect(labelKey(text)).toBe(key);
  });
});
