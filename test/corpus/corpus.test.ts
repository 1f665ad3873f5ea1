// Issue 3's corpus: every page shape through the whole pipeline (page → snapshot → report → audit),
// held to the reading and findings worked out by hand in cases.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractSnapshot, snapshotFromText } from '../../lib/snapshot';
import { auditSnapshot } from '../../lib/pipeline';
import { AuditResultSchema, type AuditResult, type TableReading } from '../../lib/schema';
import { loadInput, snapshotOf } from '../../lib/cli/load';
import { CASES, CRAWLER_DUMP, FIXED_RULES, type CorpusCase, type TableExpect } from './cases';

const PAGES = join(__dirname, 'pages');
const URL_BASE = 'http://www.example.gov.cn/corpus/';

async function run(file: string, load: CorpusCase['load']): Promise<AuditResult> {
  const path = join(PAGES, file);
  const url = URL_BASE + file;
  if (load === 'cli') return auditSnapshot(snapshotOf(await loadInput(path)));
  if (load === 'text') return auditSnapshot(snapshotFromText(readFileSync(path, 'utf8'), url));
  const { document } = parseHTML(readFileSync(path, 'utf8'));
  if (load === 'html') return auditSnapshot(extractSnapshot(document as unknown as Document, { url }));
  // The extractor works per document (each frame runs the content script): read the frame's own document.
  const srcdoc = document.querySelector('iframe')?.getAttribute('srcdoc') ?? '';
  const frame = parseHTML(srcdoc).document;
  return auditSnapshot(extractSnapshot(frame as unknown as Document, { url, frame: '1' }));
}

const fixedFindings = (result: AuditResult) =>
  result.findings
    .filter((f) => (FIXED_RULES as readonly string[]).includes(f.ruleId))
    .map((f) => `${f.ruleId} ${f.outcome}`)
    .sort();

function expectTable(actual: TableReading, expected: TableExpect) {
  expect(actual.found).toBe(expected.found);
  if (!expected.found) return;
  expect({
    cellsRead: actual.cellsRead,
    cellsBlank: actual.cellsBlank,
    unreadable: actual.unreadable.map((u) => [u.rowId, u.column]),
    rowsFound: actual.rowsFound,
  }).toEqual({
    cellsRead: expected.cellsRead,
    cellsBlank: expected.cellsBlank,
    unreadable: expected.unreadable,
    rowsFound: expected.rowsFound ?? actual.rowsExpected,
  });
}

for (const c of CASES) {
  describe(`${c.file} [${c.load}] — ${c.shape}`, () => {
    let result: AuditResult;
    beforeAll(async () => {
      result = await run(c.file, c.load);
    });
    it('validates against the audit-result schema', () => {
      expect(AuditResultSchema.safeParse(result).success).toBe(true);
    });
    it(`is ${c.status}`, () => {
      expect(result.status).toBe(c.status);
    });
    if (c.year !== undefined || c.template !== undefined) {
      it('has the year and template', () => {
        if (c.year !== undefined) expect(result.report.year).toBe(c.year);
        if (c.template !== undefined) expect(result.report.template).toBe(c.template);
      });
    }
    const tables = c.tables;
    if (tables) {
      for (const name of ['table2', 'table3', 'table4'] as const) {
        it(`reads ${name} as expected`, () => expectTable(result.reading[name], tables[name]));
      }
    }
    if (c.partial !== undefined) {
      it(`reading is ${c.partial ? '' : 'not '}partial`, () => expect(result.reading.partial).toBe(c.partial));
    }
    it('gives exactly the expected findings (fixed rule list)', () => {
      expect(fixedFindings(result)).toEqual(c.findings.map(([rule, outcome]) => `${rule} ${outcome}`).sort());
    });
  });
}

describe(`${CRAWLER_DUMP.file} [text] — the crawler dump itself (cells run together)`, () => {
  let result: AuditResult;
  beforeAll(() => {
    result = auditSnapshot(snapshotFromText(readFileSync(join(PAGES, CRAWLER_DUMP.file), 'utf8'), URL_BASE + CRAWLER_DUMP.file));
  });
  it('validates and is audited as the 2020 report on the 2019 template', () => {
    expect(AuditResultSchema.safeParse(result).success).toBe(true);
    expect(result.status).toBe('audited');
    expect(result.report.year).toBe(CRAWLER_DUMP.year);
    expect(result.report.template).toBe(CRAWLER_DUMP.template);
  });
  it('says table 三 cannot be read in full rather than guessing', () => {
    const t3 = result.reading.table3;
    expect(result.reading.partial).toBe(true);
    expect(!t3.found || t3.unreadable.length > 0 || t3.rowsFound < t3.rowsExpected).toBe(true);
  });
  it('judges no table arithmetic on guessed numbers', () => {
    const tableRules = ['T3-01', 'T3-02', 'T3-03', 'T3-05', 'T4-01'];
    const violations = result.findings.filter((f) => tableRules.includes(f.ruleId) && f.outcome === 'violation');
    expect(violations.map((f) => `${f.ruleId}: ${f.message.zh}`)).toEqual([]);
  });
});
