// The plain-text audit summary a reviewer pastes into a review note (the CLI prints the same text).
import type { AuditResult, Finding, RuleGroup, TableReading } from '../schema';
import { findingWord, GROUP_WORDS, TABLE_WORDS, templateWord, type Lang } from './labels';

export interface SummaryOptions {
  lang?: Lang;
}

export const GROUP_ORDER: readonly RuleGroup[] = ['structure', 'table2', 'table3', 'table4', 'narrative', 'dates', 'text'];

export function formatSummary(result: AuditResult, options: SummaryOptions = {}): string {
  const lang = options.lang ?? 'zh';
  const zh = lang === 'zh';
  const colon = zh ? '：' : ': ';
  const lines: string[] = [zh ? '年报核查摘要' : 'Annual report audit summary', ''];
  lines.push(`${zh ? '报告标题' : 'Title'}${colon}${result.report.title || result.page.title}`);
  lines.push(`${zh ? '网址' : 'URL'}${colon}${result.page.url}`);
  lines.push(`${zh ? '年度' : 'Year'}${colon}${result.report.year ?? (zh ? '未识别' : 'not found')}`);
  lines.push(`${zh ? '模板' : 'Template'}${colon}${templateWord(result.report.template, lang)}`);

  if (result.status === 'not-report') {
    lines.push(zh ? '结论：此页面不像政府信息公开工作年度报告，未进行核查。' : 'Verdict: this page does not look like an annual report on government information disclosure; it was not audited.');
    return lines.join('\n');
  }
  if (result.status === 'too-large') {
    lines.push(zh ? '结论：页面过大，超出读取上限，未进行核查（只核查读到的部分会把未读内容误报为缺失）。' : 'Verdict: the page is too large to read whole and was not audited (auditing only the part read would report the rest as missing).');
    return lines.join('\n');
  }
  if (result.status === 'old-format') {
    lines.push(zh ? '结论：此报告为2019年以前的旧格式（2008年条例时期），不在核查范围内。' : 'Verdict: this report uses the pre-2019 format (2008 regulations) and is out of scope; it was not audited.');
    return lines.join('\n');
  }

  lines.push(verdictLine(result, lang));
  lines.push(...readingNotes(result, lang));
  if (result.errors.length > 0) {
    const ids = result.errors.map((e) => e.ruleId).join(zh ? '、' : ', ');
    lines.push(zh ? `注意：${result.errors.length} 条规则运行出错（${ids}），其结果缺失。` : `Note: ${result.errors.length} rule(s) failed to run (${ids}); their results are missing.`);
  }

  for (const group of GROUP_ORDER) {
    const findings = result.findings.filter((f) => f.group === group);
    if (findings.length === 0) continue;
    lines.push('', `【${GROUP_WORDS[lang][group]}】`);
    for (const f of findings) lines.push(findingLine(f, lang));
  }
  lines.push(
    '',
    zh
      ? `共检查 ${result.passed.length + result.inapplicable.length + countRulesWithFindings(result)} 条规则：${result.passed.length} 条通过，${result.inapplicable.length} 条不适用。`
      : `Rules run: ${result.passed.length + result.inapplicable.length + countRulesWithFindings(result)}; ${result.passed.length} passed, ${result.inapplicable.length} not applicable.`,
  );
  return lines.join('\n');
}

function countRulesWithFindings(result: AuditResult): number {
  return new Set(result.findings.map((f) => f.ruleId)).size;
}

export function verdictLine(result: AuditResult, lang: Lang): string {
  const { error, warning, info, needsReview } = result.counts;
  const zh = lang === 'zh';
  const parts = zh
    ? [[error, '项错误'], [warning, '项警告'], [info, '项提示'], [needsReview, '项需人工复核']]
    : [[error, 'error'], [warning, 'warning'], [info, 'hint'], [needsReview, 'item needing review', 'items needing review']];
  const shown = parts
    .filter(([n]) => (n as number) > 0)
    .map(([n, word, plural]) => (zh ? `${n} ${word}` : `${n} ${(n as number) === 1 ? word : (plural ?? `${word}s`)}`));
  if (shown.length === 0 && result.reading.partial) {
    return zh
      ? '结论：已读取部分未发现问题，但报告未能完整读取，不能据此认定无误'
      : 'Verdict: no problems in what was read, but the report was not read completely';
  }
  if (shown.length === 0) return zh ? '结论：未发现问题' : 'Verdict: no problems found';
  return zh ? `结论：发现 ${shown.join('、')}` : `Verdict: found ${shown.join(', ')}`;
}

function findingLine(f: Finding, lang: Lang): string {
  return `- ${f.ruleId} ${findingWord(f, lang)}${lang === 'zh' ? '：' : ': '}${f.message[lang]}`;
}

/** Lines saying which tables were not (fully) read, so that "unread" is never taken for "correct". */
export function readingNotes(result: AuditResult, lang: Lang): string[] {
  const zh = lang === 'zh';
  const notes: string[] = [];
  const tables: ['table2' | 'table3' | 'table4', TableReading][] = [
    ['table2', result.reading.table2],
    ['table3', result.reading.table3],
    ['table4', result.reading.table4],
  ];
  for (const [key, reading] of tables) {
    const name = TABLE_WORDS[lang][key];
    if (!reading.found) {
      notes.push(zh ? `注意：未找到${name}，相关检查未进行。` : `Note: ${name} was not found; its checks were not run.`);
      continue;
    }
    const missingRows = reading.rowsFound < reading.rowsExpected;
    const unreadable = reading.unreadable.length;
    if (!missingRows && unreadable === 0) continue;
    const detailZh = [missingRows ? `读取 ${reading.rowsFound}/${reading.rowsExpected} 行` : '', unreadable > 0 ? `${unreadable} 个单元格无法识别` : ''].filter(Boolean).join('，');
    const detailEn = [missingRows ? `${reading.rowsFound} of ${reading.rowsExpected} rows read` : '', unreadable > 0 ? `${unreadable} unreadable cell(s)` : ''].filter(Boolean).join(', ');
    notes.push(zh ? `注意：${name}未能完整读取（${detailZh}），相关检查结果可能不完整。` : `Note: ${name} was only partly read (${detailEn}); its checks may be incomplete.`);
  }
  if (notes.length === 0 && result.reading.partial) {
    notes.push(zh ? '注意：页面未能完整读取，核查结果可能不完整。' : 'Note: the page was only partly read; the results may be incomplete.');
  }
  return notes;
}
