// The stated 统计期限 (reference §2: "统计期限 Y年1月1日至Y年12月31日", seed 004), read by D-02.
import { nfkc } from '../nfkc';
import type { Paragraph, Report } from '../schema';
import { findDate } from './text';

const DATE = '(?:\\d{4}|[〇零一二三四五六七八九O]{4})\\s*年\\s*[\\d一二三四五六七八九十]{1,3}\\s*月\\s*[\\d一二三四五六七八九十]{1,3}\\s*日';
const PERIOD = new RegExp(`统计(?:期限|时限|时间|期间|区间|周期)[^。；;]{0,12}?(${DATE})\\s*起?\\s*(?:至|到|—|-|－|~|～)\\s*(${DATE})\\s*止?`);

/** The first 统计期限 statement in the preamble or the sections, or null when the report states none. */
export function findStatPeriod(paragraphs: readonly Paragraph[]): NonNullable<Report['statPeriod']> | null {
  for (const paragraph of paragraphs) {
    // NFKC makes 统 from no other character (test/report/fast-paths.test.ts checks every code point; 统 has
    // no decomposition, so no composition yields it either): a paragraph without it states no period, and
    // most paragraphs are passed over without normalising.
    if (!paragraph.text.includes('统')) continue;
    const text = nfkc(paragraph.text);
    const match = PERIOD.exec(text);
    if (!match) continue;
    const from = findDate(match[1]!);
    const to = findDate(match[2]!);
    if (!from || !to) continue;
    return { from: from.iso, to: to.iso, text: match[0], at: paragraph.at };
  }
  return null;
}
