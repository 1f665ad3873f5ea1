// PageSnapshot → Report: find the title, the six sections, the three tables and the sign-off.
import type { PageSnapshot, Report } from '../schema';
import { buildStream, tokensOf } from './stream';
import { RowMarks, type RowFilter } from './row-marks';
import { findSections } from './sections';
import { findTable3Region, readTable3 } from './read-table3';
import { readTable2 } from './read-table2';
import { readTable4 } from './read-table4';
import { agencyOf, chooseTemplate, findSignOff, findTitle, publishedDate, templateMarkers, yearOf } from './meta';
import { buildReading } from './reading';
import { tableAsSentence } from './small-tables';
import type { StreamRow } from './stream';

/** HTML tables that are none of the report's three, by the index of their first row. */
function otherTables(rows: StreamRow[], skip: RowFilter): Map<number, StreamRow[]> {
  const tables = new Map<number, StreamRow[]>();
  let first = -1;
  let current: StreamRow[] = [];
  rows.forEach((row, index) => {
    if (row.source !== 'table' || skip.has(index)) return;
    if (first < 0 || rows[first]!.item !== row.item) {
      first = index;
      current = [];
      tables.set(first, current);
    }
    current.push(row);
  });
  return tables;
}
import { issuerTypeOf } from './issuer';
import { findStatPeriod } from './stat-period';

export function parseReport(snapshot: PageSnapshot): Report {
  const rows = buildStream(snapshot);
  const tokens = tokensOf(rows);

  // Tables first: their cells must not be taken for headings or prose.
  const consumed = new RowMarks(rows.length); // the rows the three tables take
  const table2 = readTable2(tokens, rows, 0, tokens.length, consumed);
  const markers = templateMarkers(tokens.map((token) => token.text));
  const hint = chooseTemplate(markers, null);
  const region = findTable3Region(tokens);
  const table3 = region ? readTable3(tokens, rows, region, hint, consumed) : null;
  const table4 = readTable4(tokens, rows, table3?.end ?? 0, tokens.length, consumed);

  const { sections, headingRows } = findSections(rows, consumed);
  const firstHeading = headingRows[0] ?? rows.length;
  const titleFound = findTitle(rows, Math.max(firstHeading, 1), snapshot.title) ?? findTitle(rows, 40, snapshot.title);
  const title = titleFound?.title ?? snapshot.title.trim();
  const skip = consumed.copy().addAll(titleFound?.rows).addAll(headingRows);

  // Other tables in the prose (a tally of what was published) read as the sentence they stand for.
  const tallies = new Map<number, Report['preamble'][number]>();
  for (const [first, tableRows] of otherTables(rows, skip)) {
    const sentence = tableAsSentence(tableRows);
    if (sentence) tallies.set(first, sentence);
  }

  // Prose goes to the section whose heading precedes it; before section 一 it is the preamble.
  const preamble: Report['preamble'] = [];
  let current = -1;
  rows.forEach((row, index) => {
    // headingRows are in page order: the next heading is the only one this row can be.
    if (headingRows[current + 1] === index) current += 1;
    if (skip.has(index)) return;
    const cell = row.cells[0];
    const paragraph = row.delimited ? tallies.get(index) : cell && cell.text.trim() !== '' ? { text: cell.text, at: cell.at } : undefined;
    if (!paragraph) return;
    if (current < 0) {
      if (index > (titleFound?.rows.at(-1) ?? -1)) preamble.push(paragraph);
    } else sections[current]!.paragraphs.push(paragraph);
  });

  const template = chooseTemplate(markers, table3?.shapeTemplate ?? null) ?? table3?.shapeTemplate ?? null;
  const year = yearOf(title);
  const agency = agencyOf(title);
  const signOff = findSignOff(rows, consumed, headingRows.at(-1) ?? 0);
  const reading = buildReading(template, table2?.table ?? null, table3?.table ?? null, table4?.table ?? null, table3?.columnsFound ?? 0);
  // A title alone is not enough: list pages and news items name reports too. A report has its
  // application table or most of its sections.
  const looksLikeReport = table3 !== null || sections.length >= 3;
  // Reports before 2019 follow the 2008 条例's different outline: recognised, not audited.
  const oldFormat = year !== null && year <= 2018 && titleFound !== null && /年度报告|年报/.test(title);
  const kind: Report['kind'] = oldFormat ? 'old-format' : looksLikeReport ? 'report' : 'not-report';

  return {
    url: snapshot.url,
    kind,
    title,
    titleAt: titleFound?.at ?? null,
    agency: agency ?? signOff?.organ ?? null,
    issuerType: issuerTypeOf(title, agency, signOff?.organ ?? null),
    year,
    template,
    templateMarkers: markers,
    publishedAt: publishedDate(snapshot.publishedAt),
    signOff,
    statPeriod: findStatPeriod([...preamble, ...sections.flatMap((s) => s.paragraphs)]),
    preamble,
    sections,
    table2: table2?.table ?? null,
    table3: table3?.table ?? null,
    table4: table4?.table ?? null,
    reading,
  };
}
