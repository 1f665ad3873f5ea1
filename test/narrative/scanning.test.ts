// The helpers the engine uses instead of slower built-ins (matchAll, per-character regex tests) and
// the per-audit memo: each must behave exactly like what it replaces.
import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../lib/narrative/matches';
import { codeSet, isSpaceCode, lastIndexWhere } from '../../lib/narrative/chars';
import { memo, withAuditMemo } from '../../lib/narrative/memo';

describe('matchesOf', () => {
  it('finds what matchAll finds, groups and indexes included', () => {
    const regex = /(?<n>\d+)\s*(条|件)/g;
    const text = '公开信息12条，其中3件，另有 7 条。';
    const expected = [...text.matchAll(regex)].map((m) => [m[0], m.index, m.groups?.n]);
    expect(matchesOf(text, regex).map((m) => [m[0], m.index, m.groups?.n])).toEqual(expected);
    expect(expected).toHaveLength(3);
  });

  it('steps over empty matches like matchAll (by code point with the u flag)', () => {
    for (const regex of [/x*/g, /x*/gu]) {
      const text = 'ax😀xxb';
      expect(matchesOf(text, regex).map((m) => [m[0], m.index])).toEqual([...text.matchAll(regex)].map((m) => [m[0], m.index]));
    }
  });

  it('leaves the shared regex at lastIndex 0 and refuses a non-global one, as matchAll does', () => {
    const regex = /条/g;
    matchesOf('一条两条', regex);
    expect(regex.lastIndex).toBe(0);
    expect(() => matchesOf('条', /条/)).toThrow(TypeError);
  });
});

describe('character tests by code unit', () => {
  it('isSpaceCode is exactly \\s over the BMP', () => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (/\s/.test(String.fromCharCode(code)) !== isSpaceCode(code)) differ.push(code);
    }
    expect(differ).toEqual([]);
  });

  it('lastIndexWhere finds the last listed character before a position', () => {
    const isBreak = codeSet('，。');
    expect(lastIndexWhere('甲，乙。丙丁', 6, isBreak)).toBe(3);
    expect(lastIndexWhere('甲，乙。丙丁', 3, isBreak)).toBe(1);
    expect(lastIndexWhere('甲，乙', 1, isBreak)).toBe(-1);
    expect(lastIndexWhere('，', 0, isBreak)).toBe(-1);
    expect(codeSet('，', true)(0x3000)).toBe(true);
    expect(codeSet('，')(0x3000)).toBe(false);
  });
});

describe('memo', () => {
  const owner = {};
  let calls = 0;
  const derive = (o: object) => {
    calls++;
    return [o];
  };

  it('computes once per audit run and afresh outside one', () => {
    calls = 0;
    withAuditMemo(() => {
      expect(memo(owner, derive)).toBe(memo(owner, derive));
      withAuditMemo(() => memo(owner, derive)); // a nested run shares the outer one's memo
    });
    expect(calls).toBe(1);
    expect(memo(owner, derive)).not.toBe(memo(owner, derive));
    expect(calls).toBe(3);
  });

  it('forgets everything when the run ends, even by an exception', () => {
    calls = 0;
    expect(() => withAuditMemo(() => {
      memo(owner, derive);
      throw new Error('rule failed');
    })).toThrow('rule failed');
    withAuditMemo(() => memo(owner, derive));
    expect(calls).toBe(2);
  });
});
