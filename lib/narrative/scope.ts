// Which part of the report a paragraph belongs to: its section (一 … 六) and, in section 一, the
// sub-item it falls under (主动公开, 依申请公开, 政府信息管理, 平台建设, 监督保障). A claim is compared
// with the table its part of the report talks about (reference §5.5): application figures come from
// 一·依申请公开 and 三, review and litigation figures from 一·监督保障 and 四.
import type { Paragraph, Report } from '../schema';
import { memo } from './memo';

export type Topic = 'proactive' | 'requests' | 'management' | 'platform' | 'oversight';

export interface ScopedParagraph {
  paragraph: Paragraph;
  /** 0 for the preamble, else 1 … 6. */
  section: number;
  /** The section 一 sub-item the paragraph is under; null before any or outside section 一. */
  topic: Topic | null;
}

const TOPIC_WORDS: [Topic, RegExp][] = [
  ['requests', /依申请/],
  ['proactive', /主动公开/],
  ['platform', /平台/],
  ['oversight', /监督|保障/],
  ['management', /管理|规范化|标准化/],
];

/** "(二) 依申请公开", "2、依申请公开", "(二) **依申请公开办理情况**:…": the sub-item a line heads. */
export function subheadingTopic(text: string): Topic | null {
  const m = /^\s*(?:\(?[一二三四五六七八九十]{1,2}\)|\(?\d{1,2}\)|[一二三四五六七八九十\d]{1,2}[、.])\s*(.*)$/.exec(text);
  if (!m) return null;
  const rest = (m[1] ?? '').replace(/\[bookmark:[^\]]*\]/g, '').replace(/\*/g, '');
  // A heading line, or the heading part of "heading: body" (within the first 30 characters).
  const colon = rest.search(/[:：]/);
  const head = colon >= 0 && colon <= 30 ? rest.slice(0, colon) : rest.length <= 30 ? rest : null;
  if (head === null) return null;
  return TOPIC_WORDS.find(([, words]) => words.test(head))?.[0] ?? null;
}

/** Every paragraph with its section and topic (shared within an audit run). */
export function scopedParagraphs(report: Report): ScopedParagraph[] {
  return memo(report, scopeParagraphs);
}

function scopeParagraphs(report: Report): ScopedParagraph[] {
  const out: ScopedParagraph[] = report.preamble.map((paragraph) => ({ paragraph, section: 0, topic: null }));
  for (const section of report.sections) {
    let topic: Topic | null = null;
    for (const paragraph of section.paragraphs) {
      if (section.number === 1) topic = subheadingTopic(paragraph.text) ?? topic;
      out.push({ paragraph, section: section.number, topic: section.number === 1 ? topic : null });
    }
  }
  return out;
}

/** Paragraphs whose figures are about applications (table 三): 一 (依申请公开, or no sub-item) and 三. */
export function applicationParagraphs(report: Report): Paragraph[] {
  return memo(report, aboutApplications);
}

function aboutApplications(report: Report): Paragraph[] {
  return scopedParagraphs(report)
    .filter((p) => p.section === 3 || (p.section === 1 && (p.topic === null || p.topic === 'requests')))
    .map((p) => p.paragraph);
}

/** Paragraphs whose figures are about review and litigation (table 四): 一 (监督保障, 依申请公开, or no sub-item) and 四. */
export function proceedingParagraphs(report: Report): Paragraph[] {
  return memo(report, aboutProceedings);
}

function aboutProceedings(report: Report): Paragraph[] {
  return scopedParagraphs(report)
    .filter((p) => p.section === 4 || (p.section === 1 && (p.topic === null || p.topic === 'oversight' || p.topic === 'requests')))
    .map((p) => p.paragraph);
}

/** The paragraphs of one section (empty when the section is missing). */
export function sectionParagraphs(report: Report, number: number): Paragraph[] {
  return report.sections.filter((s) => s.number === number).flatMap((s) => s.paragraphs);
}
