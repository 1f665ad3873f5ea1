// Table 二 rules (reference §5.2). Expectations are worked from the template's meaning, not read off the output.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../helpers/report-builder';
import { runRule } from '../helpers/run-rule';
import { STRUCTURE_TABLE_DATE_RULES } from '../../lib/rules/structure-table-date-rules';
import t201 from '../../lib/rules/t2-01-integers';
import t202 from '../../lib/rules/t2-02-no-rules-below-city';
import t203 from '../../lib/rules/t2-03-in-force';
import t204 from '../../lib/rules/t2-04-published-total';
import t205 from '../../lib/rules/t2-05-item-count';
import t206 from '../../lib/rules/t2-06-same-number';
import t207 from '../../lib/rules/t2-07-procurement-unit';
import t208 from '../../lib/rules/t2-08-fee-amount';
import t209 from '../../lib/rules/t2-09-blanks';
import type { Report } from '../../lib/schema';

const y2021 = (t2: Record<string, (number | null | string)[]>, extra = {}) => buildReport({ year: 2021, template: '2021', t2, ...extra });
const y2020 = (t2: Record<string, (number | null | string)[]>, extra = {}) => buildReport({ year: 2020, template: '2019', t2, ...extra });

/** Sets one table-二 cell's raw text, value and unit as the parser would have read them. */
function setCell(report: Report, rowId: string, column: number, raw: string, value: number, unit: string | null) {
  const row = report.table2!.blocks.flatMap((b) => b.rows).find((r) => r.id === rowId)!;
  row.cells[column] = { ...row.cells[column]!, raw, kind: 'number', value, unit };
}

describe('T2-01 non-negative whole numbers', () => {
  it('passes an all-zero table', () => expect(runRule(t201, y2021({})).passed).toBe(true));
  it('flags a negative count and a fractional count in one finding', () => {
    const { violations } = runRule(t201, y2021({ normative: [-1, 0, 2.5] }));
    expect(violations).toHaveLength(1);
    expect(violations[0]!.severity).toBe('error');
    expect(violations[0]!.message.zh).toContain('2 个单元格');
    expect(violations[0]!.message.zh).toContain('= -1（为负数）');
    expect(violations[0]!.message.zh).toContain('= 2.5（不是整数）');
  });
  it('allows a signed 本年增/减 and a decimal amount (2019)', () => {
    const report = y2020({ licensing: [10, -3, 4] });
    setCell(report, 'procurement', 1, '22.64万元', 22.64, '万元');
    expect(runRule(t201, report).passed).toBe(true);
  });
  it('reports an unreadable cell for review instead of passing it', () => {
    const { reviews, violations } = runRule(t201, y2021({ licensing: ['若干'] }));
    expect(violations).toHaveLength(0);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]!.message.zh).toContain('若干');
  });
});

describe('T2-02 规章 = 0 at county level and below', () => {
  it('passes a township with 规章 0 (all seeds)', () => expect(runRule(t202, y2021({})).passed).toBe(true));
  it('flags a township reporting 2 规章 issued', () => {
    const { violations } = runRule(t202, y2021({ rules: [2, 0, 2] }, { issuerType: 'township' }));
    expect(violations).toHaveLength(1);
    expect(violations[0]!.severity).toBe('error');
    expect(violations[0]!.message.zh).toContain('= 2');
    expect(violations[0]!.locators).toHaveLength(2);
  });
  it('flags a county-level department', () => {
    const report = y2021({ rules: [1, 0, 1] }, { issuerType: 'department', agency: '杭州市西湖区市场监督管理局' });
    expect(runRule(t202, report).violations).toHaveLength(1);
  });
  it('does not fire for a city government or a city department (inapplicable)', () => {
    expect(runRule(t202, y2021({ rules: [3, 0, 3] }, { issuerType: 'city' })).inapplicable).toBe(true);
    expect(runRule(t202, y2021({ rules: [3, 0, 3] }, { issuerType: 'department', agency: '杭州市民政局' })).inapplicable).toBe(true);
  });
});

describe('T2-03 in force ≥ issued − repealed (2021)', () => {
  it('passes 5 in force with 3 issued and 1 repealed', () => expect(runRule(t203, y2021({ normative: [3, 1, 5] })).passed).toBe(true));
  it('flags 1 in force with 5 issued and 1 repealed (5 − 1 = 4 > 1)', () => {
    const { violations } = runRule(t203, y2021({ normative: [5, 1, 1] }));
    expect(violations).toHaveLength(1);
    expect(violations[0]!.severity).toBe('warning');
    expect(violations[0]!.expected).toBe('现行有效件数 ≥ 5 − 1');
    expect(violations[0]!.actual).toBe('现行有效件数 = 1');
  });
  it('reports for review when 现行有效件数 is blank and could be short', () => {
    const { reviews, violations } = runRule(t203, y2021({ normative: [5, 0, null] }));
    expect(violations).toHaveLength(0);
    expect(reviews).toHaveLength(1);
  });
  it('does not fire on the 2019 template (inapplicable)', () => expect(runRule(t203, y2020({})).inapplicable).toBe(true));
});

describe('T2-04 total published ≥ published this year (2019)', () => {
  it('passes 10 total with 4 this year', () => expect(runRule(t204, y2020({ normative: [4, 4, 10] })).passed).toBe(true));
  it('flags 3 total with 4 this year', () => {
    const { violations } = runRule(t204, y2020({ normative: [4, 4, 3] }));
    expect(violations).toHaveLength(1);
    expect(violations[0]!.actual).toBe('对外公开总数量 = 3');
  });
});

describe('T2-05 items last year + change ≥ 0 (2019)', () => {
  it('passes 10 − 3 = 7', () => expect(runRule(t205, y2020({ licensing: [10, -3, 4] })).passed).toBe(true));
  it('flags 2 + (−5) = −3', () => {
    const { violations } = runRule(t205, y2020({ penalty: [2, -5, 0] }));
    expect(violations).toHaveLength(1);
    expect(violations[0]!.severity).toBe('error');
    expect(violations[0]!.actual).toBe('2 + (-5) = -3');
  });
  it('passes a blank change after a non-negative count (a blank is ≥ 0)', () => {
    expect(runRule(t205, y2020({ penalty: [2, null, 0] })).passed).toBe(true);
  });
});

describe('T2-06 change = decisions with no items last year (2019)', () => {
  it('fires one hint per row: 行政处罚 0/6/6 and 行政强制 0/5/5 (seed 002)', () => {
    const { violations } = runRule(t206, y2020({ penalty: [0, 6, 6], coercion: [0, 5, 5] }));
    expect(violations.map((v) => v.severity)).toEqual(['info', 'info']);
    expect(violations.map((v) => v.actual)).toEqual(['0 / 6 / 6', '0 / 5 / 5']);
  });
  it('passes an all-zero row and a row with items last year', () => {
    expect(runRule(t206, y2020({ penalty: [0, 0, 0], coercion: [3, 5, 5] })).passed).toBe(true);
  });
});

describe('T2-07 procurement amount without a unit (2019)', () => {
  it('passes 22.64万元 (seed 002)', () => {
    const report = y2020({});
    setCell(report, 'procurement', 1, '22.64万元', 22.64, '万元');
    expect(runRule(t207, report).passed).toBe(true);
  });
  it('flags a bare 251000', () => {
    const report = y2020({ procurement: [38, 251000] });
    const { violations } = runRule(t207, report);
    expect(violations).toHaveLength(1);
    expect(violations[0]!.expected).toBe('251000元 或 251000万元');
  });
});

describe('T2-08 fee amount in 万元 (2021)', () => {
  it('passes 0.35 万元', () => expect(runRule(t208, y2021({ fees: [0.35] })).passed).toBe(true));
  it('flags a cell written in 元 (3500元 = 0.35 万元)', () => {
    const report = y2021({});
    setCell(report, 'fees', 0, '3500元', 3500, '元');
    const { violations } = runRule(t208, report);
    expect(violations).toHaveLength(1);
    expect(violations[0]!.expected).toBe('0.35（万元）');
  });
  it('flags 35000 万元 for a township, not for a city', () => {
    expect(runRule(t208, y2021({ fees: [35000] })).violations).toHaveLength(1);
    expect(runRule(t208, y2021({ fees: [35000] }, { issuerType: 'city' })).passed).toBe(true);
  });
  it('fires a hint for 5 decimals', () => {
    const report = y2021({});
    setCell(report, 'fees', 0, '1.23456', 1.23456, null);
    const { violations } = runRule(t208, report);
    expect(violations.map((v) => v.severity)).toEqual(['info']);
  });
});

describe('T2-09 blank cells', () => {
  it('passes a table with no blanks', () => expect(runRule(t209, y2021({})).passed).toBe(true));
  it('fires on 2 blanks and counts them', () => {
    const { violations } = runRule(t209, y2021({ normative: [null, 0, null] }));
    expect(violations).toHaveLength(1);
    expect(violations[0]!.actual).toBe('2');
    expect(violations[0]!.locators).toHaveLength(2);
  });
});

describe('T2-10 do not flag delegated decisions of townships and subdistricts', () => {
  it.each(['township', 'subdistrict'] as const)('no rule flags licensing/penalty/enforcement decisions of a %s', (issuerType) => {
    const report = y2021({ licensing: [12], penalty: [30], coercion: [4] }, { issuerType, signDate: '2022-01-20' });
    const flagged = STRUCTURE_TABLE_DATE_RULES.flatMap((rule) => runRule(rule, report).findings);
    expect(flagged.filter((f) => f.group === 'table2')).toEqual([]);
    expect(STRUCTURE_TABLE_DATE_RULES.some((rule) => rule.id === 'T2-10')).toBe(false);
  });
});
