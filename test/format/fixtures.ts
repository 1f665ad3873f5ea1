// A hand-written audit result for the formatter tests (not produced by the code under test).
import type { AuditResult, Finding } from '../../lib/schema/audit';

const reading = { found: true, source: 'table' as const, rowsFound: 23, rowsExpected: 23, columnsFound: 7, columnsExpected: 7, cellsRead: 161, cellsBlank: 0, unreadable: [] };

export const totalFinding: Finding = {
  ruleId: 'T3-02',
  outcome: 'violation',
  severity: 'error',
  group: 'table3',
  title: { zh: '表三（七）总计等于各办理结果之和', en: 'Table 3 total equals the outcomes' },
  message: { zh: '「（七）总计·总计」为 4，但各办理结果之和为 0', en: 'total is 4, but the outcomes add up to 0' },
  expected: '0',
  actual: '4',
  locators: [{ selector: 'table>tr:nth-of-type(25)>td:nth-of-type(8)', snippet: '4', label: '（七）总计 / 总计' }],
};

/** Page text that tries to be a formula, markup and a CSV break all at once. */
export const hostileFinding: Finding = {
  ruleId: 'N-01',
  outcome: 'needs-review',
  severity: 'warning',
  group: 'narrative',
  title: { zh: '正文与表三一致', en: 'Text agrees with table 3' },
  message: { zh: '=HYPERLINK("http://evil","点我"), *粗体* [链接](http://x)', en: '@SUM(A1), "quoted"\nsecond line' },
  expected: null,
  actual: '-1',
  locators: [{ selector: 'p:nth-of-type(3)', snippet: '+未收到申请' }],
};

export function sampleResult(findings: Finding[] = [totalFinding, hostileFinding]): AuditResult {
  return {
    schemaVersion: 1,
    page: { url: 'http://www.example.gov.cn/a b/report.html', title: '某乡2020年政府信息公开工作年度报告' },
    status: 'audited',
    report: { title: '某乡2020年政府信息公开工作年度报告', agency: '某乡', year: 2020, template: '2019', publishedAt: null, signDate: '2021-01-20' },
    reading: { table2: reading, table3: reading, table4: reading, partial: false },
    findings,
    passed: [{ ruleId: 'S-01', title: { zh: '六个部分齐全', en: 'six sections' } }],
    inapplicable: [],
    errors: [],
    counts: {
      error: findings.filter((f) => f.outcome === 'violation' && f.severity === 'error').length,
      warning: findings.filter((f) => f.outcome === 'violation' && f.severity === 'warning').length,
      info: 0,
      needsReview: findings.filter((f) => f.outcome === 'needs-review').length,
    },
  };
}
