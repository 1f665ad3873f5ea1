import { describe, expect, it } from 'vitest';
import { evaluateRelation, ReviewCollector, writeSide, type Term } from '../../lib/rules/checks/relation';
import { cell, type CellSpec } from '../helpers/report-builder';

let n = 0;
const term = (spec: CellSpec, name = `X${++n}`): Term => ({ cell: cell(spec, `#${name}`), name: { zh: name, en: name } });

describe('evaluateRelation', () => {
  it('holds when known values balance', () => {
    expect(evaluateRelation([term(2), term(3)], [term(5)]).status).toBe('holds');
  });

  it('fails when known values do not balance', () => {
    expect(evaluateRelation([term(0), term(0)], [term(4), term(0)]).status).toBe('fails');
  });

  it('counts na cells ("—", "/", "无") as 0', () => {
    expect(evaluateRelation([term('—'), term(3)], [term('/'), term(3)]).status).toBe('holds');
    expect(evaluateRelation([term('无')], [term(1)]).status).toBe('fails');
  });

  it('depends on blanks when the known values balance (blanks must be 0)', () => {
    const r = evaluateRelation([term(0)], [term(0), term(null, 'B1'), term(null, 'B2')]);
    expect(r.status).toBe('depends');
    if (r.status !== 'depends') return;
    expect(r.blanks.map((b) => b.name.zh)).toEqual(['B1', 'B2']);
    expect(r.condition.zh).toBe('若空白单元格均为 0 则成立');
  });

  it('fails when the blank side already exceeds the other side (blanks cannot be negative)', () => {
    // total 0 = 3 + blank: the blank would have to be -3
    expect(evaluateRelation([term(0)], [term(3), term(null)]).status).toBe('fails');
  });

  it('names the value a single blank would need', () => {
    const r = evaluateRelation([term(null, '总计')], [term(1), term(2)]);
    expect(r.status).toBe('depends');
    if (r.status === 'depends') expect(r.condition.zh).toBe('若「总计」为 3 则成立');
  });

  it('names the sum several blanks on one side would need', () => {
    const r = evaluateRelation([term(5)], [term(1), term(null, 'A'), term(null, 'B')]);
    expect(r.status).toBe('depends');
    if (r.status === 'depends') expect(r.condition.zh).toBe('若空白单元格「A」「B」之和为 4 则成立');
  });

  it('is always satisfiable with blanks on both sides, but still depends on them', () => {
    const r = evaluateRelation([term(9), term(null)], [term(0), term(null)]);
    expect(r.status).toBe('depends');
  });

  it('treats a missing cell as blank', () => {
    const r = evaluateRelation([{ cell: undefined, name: { zh: 'M', en: 'M' } }], [term(0)]);
    expect(r.status).toBe('depends');
  });

  it('cannot judge a relation with an unreadable cell, even if the rest fails', () => {
    const r = evaluateRelation([term('abc', 'U')], [term(4)]);
    expect(r.status).toBe('depends');
    if (r.status === 'depends') expect(r.condition.zh).toContain('「U」');
  });
});

describe('writeSide', () => {
  it('writes labels, values and the sum', () => {
    const r = evaluateRelation([term(0), term(0)], [term(4), term(0)]);
    expect(writeSide('一+二', r.left)).toBe('一+二 = 0+0 = 0');
    expect(writeSide('三(七)+四', r.right)).toBe('三(七)+四 = 4+0 = 4');
  });

  it('shows blanks as ?', () => {
    const r = evaluateRelation([term(1), term(null)], [term(1)]);
    expect(writeSide('a+b', r.left)).toBe('a+b = 1+? = 1+?');
  });
});

describe('ReviewCollector', () => {
  it('returns null when nothing depended on blanks', () => {
    expect(new ReviewCollector({ zh: 'F', en: 'F' }).finding()).toBeNull();
  });

  it('aggregates relations into one finding with de-duplicated locators', () => {
    const shared = term(null, 'S');
    const review = new ReviewCollector({ zh: 'a = b', en: 'a = b' });
    for (const rel of ['R1', 'R2']) {
      const r = evaluateRelation([term(0)], [shared, term(0)]);
      if (r.status === 'depends') review.add({ zh: rel, en: rel }, r);
    }
    const f = review.finding();
    expect(f?.message.zh).toBe('a = b 有 2 处取决于空白或无法识别的单元格。R1、R2：若空白单元格均为 0 则成立');
    expect(f?.locators.map((l) => l.selector)).toEqual(['#S']);
  });

  it('lists relations with different conditions separately', () => {
    const review = new ReviewCollector({ zh: 'a = b', en: 'a = b' });
    const zero = evaluateRelation([term(0)], [term(null)]);
    const three = evaluateRelation([term(3)], [term(null, 'B')]);
    if (zero.status === 'depends') review.add({ zh: 'R1', en: 'R1' }, zero);
    if (three.status === 'depends') review.add({ zh: 'R2', en: 'R2' }, three);
    expect(review.finding()?.message.zh).toBe('a = b 有 2 处取决于空白或无法识别的单元格。R1：若空白单元格均为 0 则成立；R2：若「B」为 3 则成立');
  });
});
