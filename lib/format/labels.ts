// Words for severities, outcomes, groups and templates, in both languages.
import type { Finding, RuleGroup, Severity, Template } from '../schema';

export type Lang = 'zh' | 'en';

export const SEVERITY_WORDS: Record<Lang, Record<Severity, string>> = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

export const NEEDS_REVIEW_WORD: Record<Lang, string> = { zh: '需复核', en: 'needs review' };

export const GROUP_WORDS: Record<Lang, Record<RuleGroup, string>> = {
  zh: { structure: '结构与模板', table2: '表二 主动公开', table3: '表三 依申请公开', table4: '表四 复议诉讼', narrative: '正文与数据', dates: '日期', text: '文字' },
  en: { structure: 'Structure and template', table2: 'Table 2: proactive disclosure', table3: 'Table 3: applications', table4: 'Table 4: review and litigation', narrative: 'Text and figures', dates: 'Dates', text: 'Wording' },
};

/** The word shown beside a finding: its severity, or "needs review". */
export function findingWord(finding: Finding, lang: Lang): string {
  return finding.outcome === 'needs-review' ? NEEDS_REVIEW_WORD[lang] : SEVERITY_WORDS[lang][finding.severity];
}

export function templateWord(template: Template, lang: Lang): string {
  if (template === null) return lang === 'zh' ? '未识别' : 'not recognised';
  return lang === 'zh' ? `${template}版` : `${template} format`;
}

export const TABLE_WORDS: Record<Lang, { table2: string; table3: string; table4: string }> = {
  zh: { table2: '表二', table3: '表三', table4: '表四' },
  en: { table2: 'Table 2', table3: 'Table 3', table4: 'Table 4' },
};
