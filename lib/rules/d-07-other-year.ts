import { nfkc } from '../nfkc';
import { defineRule } from './define';
import { matchesOf } from '../narrative/matches';
import type { Paragraph, Report } from '../schema';

/** A year opening a clause ("2020年，我镇…", "。2020年全年…"), not a date ("2022年1月17日"). */
const CLAUSE_YEAR = /(?:^|[。；;！!？?，,：:\s])((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)/g;
/** Every CLAUSE_YEAR match holds 年, which NFKC makes only from 年 itself or U+F98E: paragraphs without either are skipped unnormalised. */
const MAY_NAME_A_YEAR = /[年\uF98E]/;
const COMPARISON = /较|比|同比|上年|去年|上一年/;
const PLAN = /下一步|将|计划|拟|明年|今后/;
const PLANS_SECTION = 5;
const MAX_LISTED = 5;

interface Mention {
  year: number;
  paragraph: Paragraph;
  sentence: string;
}

function sentenceAround(text: string, index: number): string {
  const start = Math.max(0, ...['。', '；', ';', '！', '？'].map((p) => text.lastIndexOf(p, index) + 1));
  const ends = ['。', '；', ';', '！', '？'].map((p) => text.indexOf(p, index)).filter((i) => i >= 0);
  return text.slice(start, ends.length > 0 ? Math.min(...ends) + 1 : text.length).trim();
}

function staleMentions(report: Report): Mention[] {
  const year = report.year!;
  const scoped = [
    ...report.preamble.map((p) => ({ p, section: 0 })),
    ...report.sections.flatMap((s) => s.paragraphs.map((p) => ({ p, section: s.number }))),
  ];
  const out: Mention[] = [];
  for (const { p, section } of scoped) {
    if (!MAY_NAME_A_YEAR.test(p.text)) continue;
    const text = nfkc(p.text);
    for (const match of matchesOf(text, CLAUSE_YEAR)) {
      const mentioned = Number(match[1]);
      if (mentioned === year) continue;
      const sentence = sentenceAround(text, match.index + match[0].length - 1);
      // Document titles name their own year; comparisons name last year; plans name next year.
      const before = text.slice(0, match.index + 1);
      if (before.lastIndexOf('《') > before.lastIndexOf('》')) continue;
      if (mentioned === year - 1 && COMPARISON.test(sentence)) continue;
      if (mentioned === year + 1 && (section === PLANS_SECTION || PLAN.test(sentence))) continue;
      out.push({ year: mentioned, paragraph: p, sentence });
    }
  }
  return out;
}

export default defineRule({
  id: 'D-07',
  severity: 'warning',
  group: 'dates',
  title: { zh: '正文描述的是报告年度的工作', en: 'The text describes the report year' },
  description: {
    zh: '正文以其他年份开头叙述工作（如2021年度报告中的“2020年，我镇…”），可能照搬了往年报告。与上年比较、第五部分的下一步计划除外。',
    en: 'The text describes work in another year (e.g. "2020年，我镇…" in a 2021 report): possibly copied from an earlier report. Comparisons with last year and next year\'s plans in section 5 are allowed.',
  },
  basis: '《政府信息公开条例》第四十九条、第五十条（报告上一年度的工作）；宿迁评分细则（与上年度重复）',
  appliesTo: (report) => report.year !== null,
  check(report, ctx) {
    const mentions = staleMentions(report);
    if (mentions.length === 0) return;
    const shown = mentions.slice(0, MAX_LISTED);
    const quote = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);
    const years = [...new Set(mentions.map((m) => m.year))].join('、');
    ctx.violation({
      message: {
        zh: `${report.year}年度报告中有 ${mentions.length} 处叙述${years}年的工作：${shown.map((m) => `“${quote(m.sentence)}”`).join('；')}`,
        en: `The ${report.year} report describes work in ${years} in ${mentions.length} place${mentions.length === 1 ? '' : 's'}: possibly copied from another year's report`,
      },
      expected: `${report.year}年`,
      actual: shown.map((m) => `${m.year}年`).join('、'),
      locators: [...new Set(mentions.map((m) => m.paragraph))].map((p) => p.at),
    });
  },
});
