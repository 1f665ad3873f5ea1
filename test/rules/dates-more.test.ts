// D-01, D-02, D-04, D-05, D-06, D-07 (reference §5.7). D-04 reads the deadlines from the settings.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../helpers/report-builder';
import { runRule } from '../helpers/run-rule';
import { runAudit } from '../../lib/audit';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import d01 from '../../lib/rules/d-01-year';
import d02 from '../../lib/rules/d-02-stat-period';
import d04 from '../../lib/rules/d-04-deadline';
import d05 from '../../lib/rules/d-05-published-before-signed';
import d06 from '../../lib/rules/d-06-no-date';
import d07 from '../../lib/rules/d-07-other-year';

describe('D-01 year in the title', () => {
  it('passes 2021', () => expect(runRule(d01, buildReport()).passed).toBe(true));
  it('flags a report with no year', () => {
    const { violations } = runRule(d01, buildReport({ year: null, title: '某镇政府信息公开工作年度报告' }));
    expect(violations).toHaveLength(1);
    expect(violations[0]!.severity).toBe('error');
  });
});

describe('D-02 statistical period', () => {
  const period = (from: string, to: string) => ({ from, to, text: '统计期限', at: null });
  it('passes the 2021-01-01 … 2021-12-31 of seed 004', () => {
    expect(runRule(d02, buildReport({ statPeriod: period('2021-01-01', '2021-12-31') })).passed).toBe(true);
  });
  it('flags a period ending 2021-12-20', () => {
    const { violations } = runRule(d02, buildReport({ statPeriod: period('2021-01-01', '2021-12-20') }));
    expect(violations).toHaveLength(1);
    expect(violations[0]!.expected).toBe('2021-01-01 至 2021-12-31');
  });
  it('does not fire when no period is stated (inapplicable)', () => expect(runRule(d02, buildReport()).inapplicable).toBe(true));
});

describe('D-04 deadline', () => {
  const at = (signDate: string, issuerType: 'township' | 'department' = 'township') => buildReport({ signDate, issuerType });
  it('passes a township signed 2022-01-17 (seed 000)', () => expect(runRule(d04, at('2022-01-17')).passed).toBe(true));
  it('warns for a township signed 2022-02-15, fires an error after 2022-03-31', () => {
    expect(runRule(d04, at('2022-02-15')).violations.map((v) => v.severity)).toEqual(['warning']);
    expect(runRule(d04, at('2022-04-02')).violations.map((v) => v.severity)).toEqual(['error']);
  });
  it('fires an error for a department signed 2022-02-01', () => {
    const { violations } = runRule(d04, at('2022-02-01', 'department'));
    expect(violations.map((v) => v.severity)).toEqual(['error']);
    expect(violations[0]!.expected).toBe('≤ 2022-01-31');
  });
  it('fires on the later of sign-off and publication', () => {
    const report = buildReport({ signDate: '2022-01-10', publishedAt: '2022-02-10' });
    expect(runRule(d04, report).violations.map((v) => v.actual)).toEqual(['2022-02-10']);
  });
  it('takes the deadline from the settings (怀化: 2月20日)', () => {
    const settings = { ...DEFAULT_SETTINGS, deadlines: { ...DEFAULT_SETTINGS.deadlines, township: { warnAfter: null, errorAfter: '02-20' } } };
    const late = runAudit(at('2022-02-15'), { rules: [d04], settings });
    expect(late.passed.map((r) => r.ruleId)).toEqual(['D-04']);
    const later = runAudit(at('2022-02-21'), { rules: [d04], settings });
    expect(later.findings.map((f) => f.severity)).toEqual(['error']);
  });
});

describe('D-05 published before signed', () => {
  it('flags publication on 2022-01-10 before signing on 2022-01-17', () => {
    const { violations } = runRule(d05, buildReport({ signDate: '2022-01-17', publishedAt: '2022-01-10' }));
    expect(violations).toHaveLength(1);
    expect(violations[0]!.severity).toBe('warning');
  });
  it('passes publication on the day of signing', () => {
    expect(runRule(d05, buildReport({ signDate: '2022-01-17', publishedAt: '2022-01-17' })).passed).toBe(true);
  });
});

describe('D-06 no date at all', () => {
  it('flags no sign-off date and no page date (seeds 001, 004)', () => {
    const { violations } = runRule(d06, buildReport({ signDate: null }));
    expect(violations).toHaveLength(1);
    expect(violations[0]!.severity).toBe('warning');
  });
  it('passes with either date', () => {
    expect(runRule(d06, buildReport({ signDate: '2022-01-17' })).passed).toBe(true);
    expect(runRule(d06, buildReport({ signDate: null, publishedAt: '2022-01-20' })).passed).toBe(true);
  });
});

describe('D-07 work described in another year', () => {
  it('flags "2020年，我镇…" in a 2021 report', () => {
    const { violations } = runRule(d07, buildReport({ paragraphs: { 1: ['2020年，我镇高度重视政府信息公开工作。'] } }));
    expect(violations).toHaveLength(1);
    expect(violations[0]!.actual).toBe('2020年');
  });
  it('passes plans for next year in section 五, comparisons with last year, dates and document titles', () => {
    const report = buildReport({
      paragraphs: {
        1: ['2021年，我镇主动公开信息82条，较2020年增加10条。', '印发了《2020年政务公开工作要点》。', '截止2021年12月31日，累计公开82条。'],
        5: ['2022年，我镇将不断改进政务公开各项工作。'],
        6: ['万市镇人民政府', '2022年1月17日'],
      },
    });
    expect(runRule(d07, report).passed).toBe(true);
  });
});
