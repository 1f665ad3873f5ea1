// Small builders for the extension tests.
import type { AuditResult } from '../../lib/schema/audit';
import type { PageSnapshot } from '../../lib/schema/snapshot';

export const URL_A = 'http://www.example.gov.cn/art/2021/1/1/report.html';

export function snapshot(url = URL_A): PageSnapshot {
  return {
    url,
    title: '某某乡2020年政府信息公开工作年度报告',
    publishedAt: null,
    items: [{ type: 'text', text: '一、总体情况', selector: 'body>p:nth-of-type(1)', tag: 'p' }],
    truncated: false,
  };
}

const tableReading = {
  found: true,
  source: 'table' as const,
  rowsFound: 23,
  rowsExpected: 23,
  columnsFound: 7,
  columnsExpected: 7,
  cellsRead: 161,
  cellsBlank: 0,
  unreadable: [],
};

export function result(
  counts: Partial<AuditResult['counts']> = {},
  status: AuditResult['status'] = 'audited',
  url = URL_A,
): AuditResult {
  return {
    schemaVersion: 1,
    page: { url, title: 'report' },
    status,
    report: { title: 'report', agency: null, year: 2020, template: '2019', publishedAt: null, signDate: null },
    reading: { table2: tableReading, table3: tableReading, table4: tableReading, partial: false },
    findings: [],
    passed: [],
    inapplicable: [],
    errors: [],
    counts: { error: 0, warning: 0, info: 0, needsReview: 0, ...counts },
  };
}
