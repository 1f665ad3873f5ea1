// The six sections (reference §2), found by their headings whatever the numbering (一、 1、 （一）).
import { NFKC_STABLE_SPACES, NFKC_STABLE_VISIBLE, fillRanges, nfkc } from '../nfkc';
import type { Section } from '../schema';
import { SECTIONS } from './templates';
import type { StreamRow } from './stream';
import type { RowFilter } from './row-marks';
import { stripEnumerator } from './text';

const MAX_HEADING_LENGTH = 40;
/** The section keys normalised once (this runs for every line of the page). */
const SECTION_KEYS = SECTIONS.flatMap((section) => section.keys.map((key) => ({ number: section.number, key: key.normalize('NFKC') })));

/** The last characters of the keys: a line holding none of them holds no key. */
const KEY_ENDS = [...new Set(SECTION_KEYS.map(({ key }) => key[key.length - 1]!))];

function mayHoldKey(text: string): boolean {
  return KEY_ENDS.some((end) => text.includes(end));
}

/**
 * Per UTF-16 code unit: STABLE for the characters lib/nfkc.ts passes through (NFKC leaves them as
 * they are and composes nothing with them), KEY_END for the keys' last characters (all Han, so
 * stable too); 0 for any other.
 */
const STABLE = 1;
const KEY_END = 2;
const CHAR_CLASS = new Uint8Array(0x10000);
fillRanges(CHAR_CLASS, [...NFKC_STABLE_VISIBLE, ...NFKC_STABLE_SPACES], STABLE);
for (const end of KEY_ENDS) CHAR_CLASS[end.charCodeAt(0)] = KEY_END;

/**
 * A look before normalising (this runs for every line and table cell): true when the text is all
 * ASCII (NFKC keeps it ASCII, and every key is Chinese), holds more visible ASCII and Chinese
 * characters than a heading may (NFKC keeps each of those as one character, none is whitespace, and
 * no composition absorbs them, so each counts towards the normalised length), or is its own NFKC
 * form (only stable characters) without any of the keys' last characters.
 */
function cannotBeHeading(text: string): boolean {
  let ascii = true;
  let kept = 0;
  let stable = true;
  let keyEnd = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) ascii = false;
    const kind = CHAR_CLASS[code];
    if (kind === KEY_END) keyEnd = true;
    else if (kind !== STABLE) stable = false;
    if (((code > 0x20 && code < 0x7f) || (code >= 0x4e00 && code <= 0x9fff)) && ++kept > MAX_HEADING_LENGTH) return true;
  }
  return ascii || (stable && !keyEnd);
}

/** The section number a line heads, or null when the line is not a section heading. */
export function sectionHeadingNumber(text: string): number | null {
  if (cannotBeHeading(text)) return null;
  const normalText = nfkc(text);
  // What follows only removes characters (re-normalising in stripEnumerator composes nothing into a
  // Chinese character), so a line without the keys' last characters ends with no key.
  if (!mayHoldKey(normalText)) return null;
  const normal = normalText.replace(/\s+/g, '');
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

export function findSections(rows: StreamRow[], skip: RowFilter): SectionScan {
  const sections: Section[] = [];
  const headingRows: number[] = [];
  const seen = new Set<number>();
  rows.forEach((row, index) => {
    if (skip.has(index)) return;
    // A heading is a line of its own, or a table row holding nothing else (tables merged with their headings).
    if (row.delimited && row.source !== 'table') return;
    const cell = onlyFilledCell(row);
    if (!cell) return;
    const number = sectionHeadingNumber(cell.text);
    if (number === null || seen.has(number)) return;
    seen.add(number);
    sections.push({ number, heading: cell.text, at: cell.at, paragraphs: [] });
    headingRows.push(index);
  });
  return { sections, headingRows };
}

/** The row's one non-blank cell, or null when it has none or several. */
function onlyFilledCell(row: StreamRow): StreamRow['cells'][number] | null {
  let filled: StreamRow['cells'][number] | null = null;
  for (const cell of row.cells) {
    if (cell.text.trim() === '') continue;
    if (filled) return null;
    filled = cell;
  }
  return filled;
}
