// Figures the text states about applications (table 三, N-02…N-05, NA-02): "收到申请5件",
// "上年结转1件", "予以公开3件", "办结5件", "结转下年度1件". Each claim keeps its sentence and
// paragraph for the finding's locator. Negated phrases (未收到…) are N-01's business, not claims.
import type { Paragraph } from '../schema';
import { CN_NUMERAL_CHARS, isIdiomAt, parseChineseNumeral } from './numerals';
import { matchesOf } from './matches';
import { splitSentences } from './text';

export type ApplicationClaimKind =
  | 'new'
  /** "共…5件(含上年结转)": new plus carried over. */
  | 'newAndCarried'
  | 'carried'
  | 'forward'
  | 'granted'
  | 'partial'
  | 'withheld'
  | 'unable'
  | 'rejected'
  | 'otherHandling'
  | 'handled';

export interface CountClaim<K extends string = string> {
  kind: K;
  value: number;
  precision: 'exact' | 'lower-bound' | 'approximate';
  /** The words of the claim ("收到政府信息公开申请5件"). */
  raw: string;
  sentence: string;
  paragraph: Paragraph;
}

/** A count: digits or a Chinese numeral, maybe with 约/余; then a counting unit. */
export const COUNT = `(?<pre>约|近|超过|逾)?(?<num>\\d+|[${CN_NUMERAL_CHARS}]{1,5})\\s*(?<suf>余|多)?\\s*`;
/** Units applications are counted in (not 次: 一次性告知 and the like). */
const CASE_UNIT = '(?:件|个|宗|条|份|起)';
/** Text between a key phrase and its number: no digit, no clause end ("," too; "、" only when `lists`). */
export const GAP = (max: number, lists = false) => `(?<gap>[^。;；!?！？,，:：“”"${lists ? '' : '、'}\\d]{0,${max}}?)`;

export interface CountMatch {
  raw: string;
  index: number;
  gap: string;
  value: number;
  precision: CountClaim['precision'];
}

/** Matches of a pattern built from GAP and COUNT, with the count read; idioms (一件事…) skipped. */
export function matchCounts(text: string, regex: RegExp): CountMatch[] {
  const out: CountMatch[] = [];
  for (const m of matchesOf(text, regex)) {
    const { pre, num = '', suf, gap = '' } = m.groups ?? {};
    const numAt = m.index + m[0].lastIndexOf(num);
    if (!/^\d/.test(num) && isIdiomAt(text, numAt)) continue;
    const count = readCount(pre, num, suf);
    if (count) out.push({ raw: m[0], index: m.index, gap, ...count });
  }
  return out;
}

export function readCount(prefix: string | undefined, numeral: string, suffix: string | undefined) {
  const value = /^\d+$/.test(numeral) ? Number(numeral) : parseChineseNumeral(numeral);
  const precision: CountClaim['precision'] = prefix === '约' || prefix === '近' ? 'approximate' : prefix || suffix ? 'lower-bound' : 'exact';
  return value === null ? null : { value, precision };
}

interface Pattern {
  kind: ApplicationClaimKind;
  regex: RegExp;
  /** Words that, between the key phrase and the number, show the number is about something else. */
  reject?: RegExp;
  /** Words every match holds, tested first: a pattern that opens with the count is slow to search. */
  needs?: RegExp;
}

const OTHER_MATTERS = /复议|诉讼|投诉|举报|咨询|信访|来信|来访|结转|办结|答复|处理/;
const NEGATED = /(?:未|没有|无|尚未)$/;

const PATTERNS: Pattern[] = [
  { kind: 'carried', regex: new RegExp(`上年(?:度)?(?:结转|转结)${GAP(20)}${COUNT}${CASE_UNIT}`, 'g') },
  { kind: 'forward', regex: new RegExp(`(?:结转|顺延|转入)(?:至|到)?(?:下(?:一)?年|\\d{4}年)(?:度)?${GAP(12)}${COUNT}${CASE_UNIT}`, 'g') },
  // "1件结转下年度继续办理", "另有103件顺延到下年度答复": the count first.
  { kind: 'forward', regex: new RegExp(`(?<![\\d.])${COUNT}${CASE_UNIT}(?:申请)?(?:结转|顺延|转入)(?:至|到)?下(?:一)?年`, 'g'), needs: /结转|顺延|转入/ },
  { kind: 'new', regex: new RegExp(`(?:新收|收到|受理|接到|接收)${GAP(30, true)}${COUNT}${CASE_UNIT}`, 'g'), reject: OTHER_MATTERS },
  { kind: 'withheld', regex: new RegExp(`不予(?:以)?公开${GAP(8)}${COUNT}${CASE_UNIT}`, 'g') },
  { kind: 'granted', regex: new RegExp(`(?<!不)予以(?:全部)?公开${GAP(8)}${COUNT}${CASE_UNIT}`, 'g') },
  { kind: 'partial', regex: new RegExp(`部分公开${GAP(8)}${COUNT}${CASE_UNIT}`, 'g') },
  { kind: 'unable', regex: new RegExp(`无法提供${GAP(8)}${COUNT}${CASE_UNIT}`, 'g') },
  { kind: 'rejected', regex: new RegExp(`不予处理${GAP(8)}${COUNT}${CASE_UNIT}`, 'g') },
  { kind: 'otherHandling', regex: new RegExp(`其他(?:方式)?处理${GAP(8)}${COUNT}${CASE_UNIT}`, 'g') },
  { kind: 'handled', regex: new RegExp(`(?:办结|答复|办理完毕|处理完毕)${GAP(15)}${COUNT}${CASE_UNIT}`, 'g'), reject: /复议|诉讼|投诉|举报|咨询|信访|率|结转/ },
];

const INCLUDES_CARRIED = /^\s*\((?:含|包括)[^)]*(?:上年|结转)/;

export function findApplicationClaims(paragraphs: Paragraph[]): CountClaim<ApplicationClaimKind>[] {
  const out: CountClaim<ApplicationClaimKind>[] = [];
  for (const paragraph of paragraphs) {
    for (const { text: sentence } of splitSentences(paragraph.text)) {
      for (const pattern of PATTERNS) {
        if (pattern.needs && !pattern.needs.test(sentence)) continue;
        for (const m of matchCounts(sentence, pattern.regex)) {
          if (NEGATED.test(sentence.slice(0, m.index))) continue;
          if (pattern.reject?.test(m.gap)) continue;
          const after = sentence.slice(m.index + m.raw.length);
          if (pattern.kind === 'new' && !/申请/.test(m.gap + after.slice(0, 4))) continue;
          const kind = pattern.kind === 'new' && INCLUDES_CARRIED.test(after) ? 'newAndCarried' : pattern.kind;
          out.push({ kind, value: m.value, precision: m.precision, raw: m.raw, sentence, paragraph });
        }
      }
    }
  }
  return out;
}
