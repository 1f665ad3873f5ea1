// Narrative text as the rules read it: paragraphs of the whole report, split into sentences.
// Text arrives NFKC-normalised (，→ ,  ：→ :  （）→ ()  ；→ ;), while 、。“” stay.
import type { Locator, Paragraph, Report } from '../schema';
import { matchesOf } from './matches';
import { memo } from './memo';

/** Every paragraph of the report in page order: the preamble, then each section's (shared within an audit run). */
export function narrativeParagraphs(report: Report): Paragraph[] {
  return memo(report, allParagraphs);
}

function allParagraphs(report: Report): Paragraph[] {
  const out = [...report.preamble];
  for (const section of report.sections) out.push(...section.paragraphs);
  return out;
}

/** Sentence-ending marks (both forms). Not ";": 其中 lists run across it. */
export const SENTENCE_END = /[。!?！？\n]/;

export interface Sentence {
  text: string;
  start: number;
}

const SENTENCE_ENDS = new RegExp(SENTENCE_END.source, 'g');
// Several rules split the same paragraphs: remember the splits (bounded, so a hostile page cannot grow it).
const SENTENCES = new Map<string, readonly Sentence[]>();
const SENTENCE_CACHE_SIZE = 2000;

/** The sentences of `text`, each ending with its mark and trimmed; `start` is where it begins in `text`. */
export function splitSentences(text: string): readonly Sentence[] {
  const known = SENTENCES.get(text);
  if (known !== undefined) return known;
  const out: Sentence[] = [];
  let start = 0;
  const take = (end: number) => {
    const piece = text.slice(start, end).trim();
    if (piece) out.push(Object.freeze({ text: piece, start }));
    start = end;
  };
  for (const match of matchesOf(text, SENTENCE_ENDS)) take(match.index + 1);
  take(text.length);
  const sentences = Object.freeze(out);
  if (SENTENCES.size >= SENTENCE_CACHE_SIZE) SENTENCES.clear();
  SENTENCES.set(text, sentences);
  return sentences;
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
