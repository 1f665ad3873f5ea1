// The export file: the versioned AuditResult as it is stored, indented for people.
import type { AuditResult } from '../schema';

export function formatJson(result: AuditResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

/** A file name from the report's year; page text is never put into a file name. */
export function exportFileName(result: AuditResult, extension: 'json' | 'csv'): string {
  const year = result.report.year ?? 'report';
  return `nianbao-audit-${year}.${extension}`;
}
