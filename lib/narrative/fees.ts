// 信息处理费 in section 六 (N-08, N-09): whether the section speaks of it at all, and the amounts it
// says were collected ("收取信息处理费200元"; "未收取信息处理费" states none).
import type { Paragraph } from '../schema';
import { splitSentences } from './text';
import { matchesOf } from './matches';

export function mentionsProcessingFee(paragraphs: Paragraph[]): boolean {
  return paragraphs.some((p) => p.text.includes('信息处理费'));
}

export interface FeeAmount {
  /** In 元. */
  yuan: number;
  raw: string;
  sentence: string;
  paragraph: Paragraph;
}

const AMOUNT = /信息处理费[^。;；!?！？\d]{0,12}?(\d+(?:\.\d+)?)\s*(万元|元)/g;
const NEGATED = /(?:未|没有|无|不)(?:收取|收|产生|发生)[^。;；,，]*$/;

export function findFeeAmounts(paragraphs: Paragraph[]): FeeAmount[] {
  const out: FeeAmount[] = [];
  for (const paragraph of paragraphs) {
    for (const { text: sentence } of splitSentences(paragraph.text)) {
      for (const m of matchesOf(sentence, AMOUNT)) {
        if (NEGATED.test(sentence.slice(0, m.index + 5))) continue;
        const value = Number(m[1]) * (m[2] === '万元' ? 10000 : 1);
        out.push({ yuan: Math.round(value * 100) / 100, raw: m[0], sentence, paragraph });
      }
    }
  }
  return out;
}
