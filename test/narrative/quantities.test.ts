import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../lib/narrative/quantities';
import { stripParentheticals } from '../../lib/narrative/brackets';

const n = (s: string) => s.normalize('NFKC');

describe('findQuantities', () => {
  it('reads counts with units', () => {
    expect(findQuantities(n('公开信息488条，其中组织机构4条')).map((q) => [q.value, q.unit, q.precision])).toEqual([
      [488, '条', 'exact'],
      [4, '条', 'exact'],
    ]);
  });

  it('applies 万 and marks 余/多/约 as approximate', () => {
    expect(findQuantities('播放量达18.2万次').map((q) => [q.value, q.unit, q.precision])).toEqual([[182000, '次', 'exact']]);
    expect(findQuantities('273余项，1.7万余张，约100篇').map((q) => [q.value, q.unit, q.precision])).toEqual([
      [273, '项', 'lower-bound'],
      [17000, '张', 'lower-bound'],
      [100, '篇', 'approximate'],
    ]);
  });

  it('ignores years, dates and bare numbers', () => {
    expect(findQuantities('截止2021年12月31日，培训3次')).toHaveLength(1);
  });

  it('prefers 人次 over 人', () => {
    expect(findQuantities('参加培训120人次').map((q) => q.unit)).toEqual(['人次']);
  });
});

describe('stripParentheticals', () => {
  it('removes bracketed subsets in both forms (seed 004)', () => {
    expect(stripParentheticals(n('行政决策7条（重大行政决策相关信息3条），财政信息8条'))).toBe('行政决策7条,财政信息8条');
    expect(stripParentheticals('村（居）务公开6条')).toBe('村务公开6条');
  });

  it('handles nesting and keeps an unclosed bracket', () => {
    expect(stripParentheticals('A5条(含B(其中C1条)2条)')).toBe('A5条');
    expect(stripParentheticals('(1 主动公开')).toBe('(1 主动公开');
  });
});
