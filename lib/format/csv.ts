// Findings as CSV, one row per finding: RFC 4180 quoting, CRLF line ends, a UTF-8 byte-order mark so
// that Excel opens the Chinese text correctly, and a guard against formula injection (page text can
// start with "=", and a spreadsheet would run it).
import type { AuditResult, Finding } from '../schema';
import { findingWord, GROUP_WORDS, type Lang } from './labels';
import { locationText } from './locations';

export const CSV_BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

const HEADERS: Record<Lang, string[]> = {
  zh: ['规则', '类别', '级别', '标题', '说明', '应为', '实为', '位置', '选择器', '网址'],
  en: ['rule', 'group', 'kind', 'title', 'message', 'expected', 'found', 'where', 'selectors', 'url'],
};

/** One CSV field: neutralised if a spreadsheet would read it as a formula, quoted when needed. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function row(fields: string[]): string {
  return fields.map(csvField).join(',');
}

function findingRow(f: Finding, lang: Lang, url: string): string {
  return row([
    f.ruleId,
    GROUP_WORDS[lang][f.group],
    findingWord(f, lang),
    f.title[lang],
    f.message[lang],
    f.expected ?? '',
    f.actual ?? '',
    f.locators.map(locationText).join('\n'),
    f.locators.map((l) => l.selector).join('\n'),
    url,
  ]);
}

export function formatCsv(result: AuditResult, options: { lang?: Lang } = {}): string {
  const lang = options.lang ?? 'zh';
  const lines = [row(HEADERS[lang]), ...result.findings.map((f) => findingRow(f, lang, result.page.url))];
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}
