// The six sections (reference §2), found by their headings whatever the numbering (一、 1、 （一）).
import { nfkc } from '../nfkc';
import type { Section } from '../schema';
import { SECTIONS } from './templates';
import type { StreamRow } from './stream';
import { stripEnumerator } from './text';

const MAX_HEADING_LENGTH = 40;
/** The section keys normalised once (this runs for every line of the page). */
const SECTION_KEYS = SECTIONS.flatMap((section) => section.keys.map((key) => ({ number: section.number, key: key.normalize('NFKC') })));

/** The section number a line heads, or null when the line is not a section heading. */
export function sectionHeadingNumber(text: string): number | null {
  const normal = nfkc(text).replace(/\s+/g, '');
  if (normal.length === 0 || normal.length > MAX_HEADING_LENGTH || /[。;]$/.test(normal)) return null;
  const core = stripEnumerator(normal).replace(/^\[bookmark:[^\]]*\]/, '');
  for (const { number, key } of SECTION_KEYS) {
    // The heading is the key itself, maybe with a prefix (政府信息公开…, 行政机关…, 因政府信息公开工作被…).
    if (core.endsWith(key) || (core.includes(key) && core.length <= key.length + 14)) return number;
  }
  return null;
}

export interface SectionScan {
  sections: Section[];
  /** Row index of each found heading, in page order. */
  headingRows: number[];
}

export function findSections(rows: StreamRow[], skip: Set<number>): SectionScan {
  const sections: Section[] = [];
  const headingRows: number[] = [];
  const seen = new Set<number>();
  rows.forEach((row, index) => {
    if (skip.has(index)) return;
    // A heading is a line of its own, or a table row holding nothing else (tables merged with their headings).
    const filled = row.cells.filter((candidate) => candidate.text.trim() !== '');
    if (filled.length !== 1 || (row.delimited && row.source !== 'table')) return;
    const cell = filled[0]!;
    const number = sectionHeadingNumber(cell.text);
    if (number === null || seen.has(number)) return;
    seen.add(number);
    sections.push({ number, heading: cell.text, at: cell.at, paragraphs: [] });
    headingRows.push(index);
  });
  return { sections, headingRows };
}
