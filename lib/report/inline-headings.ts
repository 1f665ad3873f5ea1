// Pages whose text lost its line structure (crawler dumps, copy-paste into one <p>) run the
// section headings into the prose: "…情况。一、总体情况2020年，我区…". Cutting the text at those
// headings lets the sections be found; the tables in such text stay unreadable, and say so.

const HEADING = new RegExp(
  '([一二三四五六])、\\s*(' +
    [
      '总体情况',
      '(?:行政机关)?主动公开政府信息情况',
      '(?:行政机关)?收到和处理政府信息公开申请情况',
      '(?:因)?政府信息公开(?:申请|工作被申请)?行政法?复议、\\s*(?:提起)?行政诉讼(?:的)?情况',
      '(?:政府信息公开工作)?存在的主要问题及改进情况',
      '其他需要报告的事项',
    ].join('|') +
    ')',
  'g',
);

const MIN_LENGTH = 120;

/** The text cut before and after each inline section heading, or null when there is nothing to cut. */
export function splitInlineHeadings(text: string): string[] | null {
  if (text.length < MIN_LENGTH || !text.includes('、')) return null; // every heading has its 、
  const pieces: string[] = [];
  let last = 0;
  for (const match of text.matchAll(HEADING)) {
    const start = match.index;
    if (start === undefined) continue;
    if (start > last) pieces.push(text.slice(last, start));
    pieces.push(match[0]);
    last = start + match[0].length;
  }
  if (pieces.length === 0) return null;
  if (last < text.length) pieces.push(text.slice(last));
  return pieces.map((piece) => piece.trim()).filter((piece) => piece !== '');
}
