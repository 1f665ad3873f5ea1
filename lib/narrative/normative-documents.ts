// "制发行政规范性文件3件，废止1件" (N-07): documents issued and repealed this year, read only from
// sentences about 规范性文件 (not 规章).
import type { Paragraph } from '../schema';
import { COUNT, GAP, matchCounts, type CountClaim } from './claims';
import { splitSentences } from './text';

export type NormativeClaimKind = 'issued' | 'repealed';

const PATTERNS: [NormativeClaimKind, RegExp][] = [
  ['issued', new RegExp(`(?:制发|出台|印发|制定)(?:了)?${GAP(12)}${COUNT}(?:件|份|个)`, 'g')],
  ['repealed', new RegExp(`废止(?:了)?${GAP(12)}${COUNT}(?:件|份|个)`, 'g')],
];

export function findNormativeDocumentClaims(paragraphs: Paragraph[]): CountClaim<NormativeClaimKind>[] {
  const out: CountClaim<NormativeClaimKind>[] = [];
  for (const paragraph of paragraphs) {
    for (const { text: sentence } of splitSentences(paragraph.text)) {
      if (!sentence.includes('规范性文件')) continue;
      for (const [kind, regex] of PATTERNS) {
        for (const m of matchCounts(sentence, regex)) {
          // The count must be of 规范性文件: named in the gap, or right before the key word's clause.
          if (/规章|方案|通知|制度/.test(m.gap)) continue;
          const clauseStart = Math.max(sentence.lastIndexOf(',', m.index), sentence.lastIndexOf('。', m.index), 0);
          const clause = sentence.slice(clauseStart, m.index + m.raw.length);
          if (!clause.includes('规范性文件') && kind === 'issued') continue;
          if (/(?:未|没有|无)$/.test(sentence.slice(0, m.index))) continue;
          out.push({ kind, value: m.value, precision: m.precision, raw: m.raw, sentence, paragraph });
        }
      }
    }
  }
  return out;
}
