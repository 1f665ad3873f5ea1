import { nfkc } from '../nfkc';
import { defineRule } from './define';
import type { Locator, Report } from '../schema';

const CN = '[一二三四五六七八九十]+';
/** Numbering styles, by the level they usually mark (reference §2: 一、/（一）; Word gives 1、 (1) 5、). */
const STYLES: { style: string; pattern: RegExp }[] = [
  { style: '一、', pattern: new RegExp(`^${CN}、`) },
  { style: '一.', pattern: new RegExp(`^${CN}[.．]`) },
  { style: '第一部分', pattern: new RegExp(`^第${CN}部分`) },
  { style: '(一)', pattern: new RegExp(`^\\(\\s*${CN}\\s*\\)`) },
  { style: '(1)', pattern: /^\(\s*\d{1,2}\s*\)/ },
  { style: '1、', pattern: /^\d{1,2}\s*、/ },
  { style: '1.', pattern: /^\d{1,2}\s*[.．](?!\d)/ },
];
const PARAGRAPH_LEVELS: Record<string, number> = { '(一)': 2, '(1)': 2, '1、': 3, '1.': 3 };
const OFFICIAL: Record<number, string | undefined> = { 1: '一、', 2: '(一)' };
const LEVEL_NAMES: Record<number, { zh: string; en: string }> = {
  1: { zh: '部分标题', en: 'section headings' },
  2: { zh: '二级标题', en: 'second-level headings' },
  3: { zh: '三级序号', en: 'third-level numbering' },
};

/**
 * Text whose first character after the leading marks is a Han character other than a numeral or
 * 第 has no numbering. NFKC keeps that character and turns the marks and spaces before it into
 * marks and spaces, so this holds before normalising: most paragraphs skip the whole-text NFKC.
 */
const UNNUMBERED = /^[-*•·\s]*(?![一二三四五六七八九十第])[\u4e00-\u9fff]/;

function styleOf(text: string): string | null {
  if (UNNUMBERED.test(text)) return null;
  const start = nfkc(text).replace(/^[-*•·\s]+/, '');
  return STYLES.find((s) => s.pattern.test(start))?.style ?? null;
}

interface Numbered {
  level: number;
  style: string;
  text: string;
  at: Locator | null;
}

function numbered(report: Report): Numbered[] {
  const out: Numbered[] = [];
  for (const section of report.sections) {
    const style = styleOf(section.heading);
    if (style) out.push({ level: 1, style, text: section.heading, at: section.at });
    for (const p of section.paragraphs) {
      const s = styleOf(p.text);
      const level = s ? PARAGRAPH_LEVELS[s] : undefined;
      if (s && level) out.push({ level, style: s, text: p.text, at: p.at });
    }
  }
  return out;
}

export default defineRule({
  id: 'S-08',
  severity: 'info',
  group: 'structure',
  title: { zh: '标题编号统一', en: 'Heading numbering is consistent' },
  description: {
    zh: '同一级标题应使用同一种编号（如部分标题一律用“一、”，二级标题一律用“（一）”）；“1、”“(1）”混入多为 Word 自动编号转换所致。',
    en: 'Headings of one level should use one numbering style (一、 for sections, （一） below); a stray 1、 or (1) usually comes from Word auto-numbering.',
  },
  basis: '《政府信息公开工作年度报告格式》（一、（一）两级编号）',
  appliesTo: (report) => report.sections.length > 0,
  check(report, ctx) {
    const items = numbered(report);
    const mixed = [1, 2, 3]
      .map((level) => {
        const ofLevel = items.filter((i) => i.level === level);
        const counts = new Map<string, number>();
        for (const i of ofLevel) counts.set(i.style, (counts.get(i.style) ?? 0) + 1);
        // The template's own style wins where the page uses it; otherwise the most frequent one.
        const usual = OFFICIAL[level] && counts.has(OFFICIAL[level]) ? OFFICIAL[level] : [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
        return { level, usual, odd: ofLevel.filter((i) => i.style !== usual) };
      })
      .filter((l) => l.odd.length > 0);
    if (mixed.length === 0) return;
    const head = (t: string) => t.trim().slice(0, 12);
    ctx.violation({
      message: {
        zh: `标题编号不统一：${mixed.map((l) => `${LEVEL_NAMES[l.level]!.zh}应用“${l.usual}”，但有 ${l.odd.map((o) => `“${head(o.text)}”`).join('、')}`).join('；')}`,
        en: `Heading numbering is inconsistent: ${mixed.map((l) => `${LEVEL_NAMES[l.level]!.en} should use "${l.usual}", except ${l.odd.map((o) => `"${head(o.text)}"`).join(', ')}`).join('; ')}`,
      },
      expected: mixed.map((l) => l.usual).join('；'),
      actual: mixed.map((l) => [...new Set(l.odd.map((o) => o.style))].join('、')).join('；'),
      locators: mixed.flatMap((l) => l.odd.map((o) => o.at)),
    });
  },
});
