// Narrative text as the rules read it: paragraphs of the whole report, split into sentences.
// Text arrives NFKC-normalised (，→ ,  ：→ :  （）→ ()  ；→ ;), while 、。“” stay.
import type { Locator, Paragraph, Report } from '../schema';

/** Every paragraph of the report in page order: the preamble, then each section's. */
export function narrativeParagraphs(report: Report): Paragraph[] {
  return [...report.preamble, ...report.sections.flatMap((s) => s.paragraphs)];
}

/** Sentence-ending marks (both forms). Not ";": 其中 lists run across it. */
export const SENTENCE_END = /[。!?！？\n]/;

export interface Sentence {
  text: string;
  start: number;
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || SENTENCE_END.test(text[i] ?? '')) {
      const piece = text.slice(start, i + 1);
      if (piece.trim()) out.push({ text: piece.trim(), start });
      start = i + 1;
    }
  }
  return out;
}

const SNIPPET_MAX = 200;

/** The paragraph's locator with the sentence as its snippet, so a finding shows the words it is about. */
export function sentenceLocator(paragraph: Paragraph, sentence: string): Locator | null {
  if (!paragraph.at) return null;
  return { ...paragraph.at, snippet: sentence.slice(0, SNIPPET_MAX) };
}

/** Shortens a quoted sentence for a message. */
export function quote(sentence: string, max = 60): string {
  return sentence.length > max ? `${sentence.slice(0, max)}…` : sentence;
}
