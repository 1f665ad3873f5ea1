// What the text says about administrative review and litigation over disclosure (table 四, N-06):
// "行政复议0件", "被提起行政诉讼1起", or "未发生…行政复议和…行政诉讼" (none).
import type { Paragraph } from '../schema';
import { COUNT, GAP, matchCounts, type CountClaim } from './claims';
import { splitSentences } from './text';

export type ProceedingKind = 'review' | 'litigation';

const UNIT = '(?:件|起|宗|次|个)';
const COUNTED: [ProceedingKind, RegExp][] = [
  ['review', new RegExp(`行政复议${GAP(10)}${COUNT}${UNIT}`, 'g')],
  ['litigation', new RegExp(`(?:行政诉讼|行政起诉)${GAP(10)}${COUNT}${UNIT}`, 'g')],
];
/** A negation, then (within the clause, no number) the proceeding. 未经复议, 尚未审结 are table labels, not negations. */
const NONE: [ProceedingKind, RegExp][] = [
  ['review', /(?:未(?!经|审结)|没有|无)[^。;；!?！？,，\d]{0,40}?行政复议/],
  ['litigation', /(?:未(?!经|审结)|没有|无)[^。;；!?！？,，\d]{0,50}?(?:行政诉讼|起诉)/],
];

export function findProceedingClaims(paragraphs: Paragraph[]): CountClaim<ProceedingKind>[] {
  const out: CountClaim<ProceedingKind>[] = [];
  for (const paragraph of paragraphs) {
    for (const { text: sentence } of splitSentences(paragraph.text)) {
      const counted = new Set<ProceedingKind>();
      for (const [kind, regex] of COUNTED) {
        for (const m of matchCounts(sentence, regex)) {
          if (/率|申请人/.test(m.gap)) continue;
          counted.add(kind);
          out.push({ kind, value: m.value, precision: m.precision, raw: m.raw, sentence, paragraph });
        }
      }
      for (const [kind, regex] of NONE) {
        const m = regex.exec(sentence);
        if (!m || counted.has(kind)) continue;
        out.push({ kind, value: 0, precision: 'exact', raw: m[0], sentence, paragraph });
      }
    }
  }
  return out;
}
