// The audit as Markdown, for issue trackers and review notes: one block per finding, grouped like the
// plain summary. Page text is escaped so that a hostile title cannot turn into links or markup.
import type { AuditResult, Finding } from '../schema';
import { findingWord, GROUP_WORDS, templateWord, type Lang } from './labels';
import { GROUP_ORDER, readingNotes, verdictLine } from './summary';
import { locationText } from './locations';

export interface MarkdownOptions {
  lang?: Lang;
  /** Locations listed per finding; the rest are counted. */
  maxLocations?: number;
}

/**
 * Escapes the characters that make inline markup and flattens line breaks. Text never starts a line
 * here (it follows "- " or "## "), so the line-start markers (#, -, +, 1.) need no escaping.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/([\\`*_[\]<>|~])/g, '\\$1');
}

/** Inline code that survives backticks in the text. */
function code(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

export function formatMarkdown(result: AuditResult, options: MarkdownOptions = {}): string {
  const lang = options.lang ?? 'zh';
  const maxLocations = options.maxLocations ?? 8;
  const zh = lang === 'zh';
  const colon = zh ? '：' : ': ';
  const title = result.report.title || result.page.title;
  const lines = [
    `## ${zh ? '年报核查' : 'Annual report audit'}${colon}${escapeMarkdown(title)}`,
    '',
    `- ${zh ? '网址' : 'URL'}${colon}${urlMarkdown(result.page.url)}`,
    `- ${zh ? '年度' : 'Year'}${colon}${result.report.year ?? (zh ? '未识别' : 'not found')}`,
    `- ${zh ? '模板' : 'Template'}${colon}${templateWord(result.report.template, lang)}`,
  ];
  if (result.report.agency) lines.push(`- ${zh ? '机关' : 'Agency'}${colon}${escapeMarkdown(result.report.agency)}`);
  lines.push('');

  if (result.status !== 'audited') {
    const notAudited = result.status === 'not-report'
      ? (zh ? '此页面不像政府信息公开工作年度报告，未进行核查。' : 'This page does not look like an annual report; it was not audited.')
      : result.status === 'too-large'
        ? (zh ? '页面过大，超出读取上限，未进行核查。' : 'The page is too large to read whole; it was not audited.')
        : (zh ? '此报告为2019年以前的旧格式，不在核查范围内。' : 'This report uses the pre-2019 format and was not audited.');
    lines.push(`**${notAudited}**`);
    return lines.join('\n');
  }

  lines.push(`**${verdictLine(result, lang)}**`);
  for (const note of readingNotes(result, lang)) lines.push('', `> ${note}`);
  if (result.errors.length > 0) {
    const ids = result.errors.map((e) => e.ruleId).join(', ');
    lines.push('', `> ${zh ? `${result.errors.length} 条规则运行出错（${ids}），其结果缺失。` : `${result.errors.length} rule(s) failed (${ids}); their results are missing.`}`);
  }
  for (const group of GROUP_ORDER) {
    const findings = result.findings.filter((f) => f.group === group);
    if (findings.length === 0) continue;
    lines.push('', `### ${GROUP_WORDS[lang][group]}`, '');
    for (const f of findings) lines.push(...findingBlock(f, lang, maxLocations));
  }
  return lines.join('\n');
}

function findingBlock(f: Finding, lang: Lang, maxLocations: number): string[] {
  const zh = lang === 'zh';
  const colon = zh ? '：' : ': ';
  const block = [`- **${f.ruleId} ${findingWord(f, lang)}** ${escapeMarkdown(f.title[lang])}${colon}${escapeMarkdown(f.message[lang])}`];
  if (f.expected !== null || f.actual !== null) {
    block.push(`  - ${zh ? '应为' : 'Expected'}${colon}${code(f.expected ?? '—')}${zh ? '；' : '; '}${zh ? '实为' : 'found'}${colon}${code(f.actual ?? '—')}`);
  }
  const places = f.locators.map(locationText).filter((s) => s.length > 0);
  if (places.length > 0) {
    const shown = places.slice(0, maxLocations).map(escapeMarkdown).join(zh ? '；' : '; ');
    const more = places.length > maxLocations ? (zh ? ` 等 ${places.length} 处` : ` and ${places.length - maxLocations} more`) : '';
    block.push(`  - ${zh ? '位置' : 'Where'}${colon}${shown}${more}`);
  }
  return block;
}

/**
 * Only http(s) addresses become links: an autolink of `javascript:` or `data:` (page content is
 * hostile, and so is its address) would be one click from running in the reader's note.
 */
function urlMarkdown(url: string): string {
  if (/^https?:\/\//i.test(url)) return `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;
  return code(url.slice(0, 2000));
}
