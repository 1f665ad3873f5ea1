// Statements that no information-disclosure applications were received (N-01): "未收到…申请",
// "零报告". Text between 未收到 and 申请 may be anything but a sentence end; statements about
// 行政复议/诉讼 applications are not about table 三.
import type { Paragraph } from '../schema';
import { matchesOf } from './matches';
import { splitSentences } from './text';

export interface NoApplicationStatement {
  sentence: string;
  paragraph: Paragraph;
}

const NOT_RECEIVED = /(?:未|没有)(?:收到|接到)([^。!?！？]*?)申请/;
const ZERO_REPORT = /零报告/;
const OTHER_PROCEEDINGS = /复议|诉讼|投诉|举报/;

export function findNoApplicationStatements(paragraphs: Paragraph[]): NoApplicationStatement[] {
  const out: NoApplicationStatement[] = [];
  for (const paragraph of paragraphs) {
    for (const { text } of splitSentences(paragraph.text)) {
      const m = NOT_RECEIVED.exec(text);
      const saysNone = (m !== null && !OTHER_PROCEEDINGS.test(m[1] ?? '')) || ZERO_REPORT.test(text);
      if (saysNone) out.push({ sentence: text, paragraph });
    }
  }
  return out;
}

const CARRIED_OVER = /上年(?:度)?(?:结转|转结)[^。!?！？\d]*?(\d+)\s*件/g;

/** Whether the text mentions applications carried over from last year (上年结转 N件, N > 0). */
export function mentionsCarriedOver(paragraphs: Paragraph[]): boolean {
  return paragraphs.some((p) => matchesOf(p.text, CARRIED_OVER).some((m) => Number(m[1]) > 0));
}
