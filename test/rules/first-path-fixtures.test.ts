// Fixture pairs the meta test's naming convention asks for, for first-path rules whose own tests
// (table3.test.ts) word them otherwise ("counts", "fails twice").
import { describe, expect, it } from 'vitest';
import t302 from '../../lib/rules/t3-02-total';
import t306 from '../../lib/rules/t3-06-blanks';
import { runRule } from '../helpers/run-rule';
import { seed000, seed001, seed003 } from '../helpers/seed-reports';

describe('T3-02 total = Σ outcomes', () => {
  it('fires on seed 003 (（七）总计 4 in C1 and C7, outcomes 0)', () => {
    expect(runRule(t302, seed003()).violations).toHaveLength(2);
  });
  it('passes on seed 000 (all zero)', () => {
    expect(runRule(t302, seed000()).passed).toBe(true);
  });
});

describe('T3-06 blank cells', () => {
  it('fires on seed 001 (5 rows × 7 columns = 35 blanks)', () => {
    expect(runRule(t306, seed001()).violations.map((v) => v.actual)).toEqual(['35']);
  });
  it('passes on seed 000 (every cell filled)', () => {
    expect(runRule(t306, seed000()).passed).toBe(true);
  });
});
