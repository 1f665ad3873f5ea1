// Prints the corpus table for the closing notes: page shape → tables read, cells read, findings as
// expected. The assertions themselves live in test/corpus/corpus.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractSnapshot, snapshotFromText } from '../lib/snapshot';
import { auditSnapshot } from '../lib/pipeline';
import { loadInput, snapshotOf } from '../lib/cli/load';
import { CASES, FIXED_RULES, type CorpusCase } from '../test/corpus/cases';
import type { AuditResult, TableReading } from '../lib/schema';

const PAGES = 'test/corpus/pages';

async function run(c: CorpusCase): Promise<AuditResult> {
  const path = join(PAGES, c.file);
  const url = `http://www.example.gov.cn/corpus/${c.file}`;
  if (c.load === 'cli') return auditSnapshot(snapshotOf(await loadInput(path)));
  if (c.load === 'text') return auditSnapshot(snapshotFromText(readFileSync(path, 'utf8'), url));
  const { document } = parseHTML(readFileSync(path, 'utf8'));
  if (c.load === 'html') return auditSnapshot(extractSnapshot(document as unknown as Document, { url }));
  const frame = parseHTML(document.querySelector('iframe')?.getAttribute('srcdoc') ?? '').document;
  return auditSnapshot(extractSnapshot(frame as unknown as Document, { url, frame: '1' }));
}

const cells = (t: TableReading) => (t.found ? `${t.cellsRead}+${t.cellsBlank}b${t.unreadable.length ? `+${t.unreadable.length}u` : ''}` : '—');

console.log('| page | shape | status | 表二 | 表三 | 表四 | findings as expected |');
console.log('|---|---|---|---|---|---|---|');
for (const c of CASES) {
  const result = await run(c);
  const got = result.findings.filter((f) => (FIXED_RULES as readonly string[]).includes(f.ruleId)).map((f) => `${f.ruleId} ${f.outcome}`).sort();
  const want = c.findings.map(([rule, outcome]) => `${rule} ${outcome}`).sort();
  const same = JSON.stringify(got) === JSON.stringify(want) && result.status === c.status;
  const r = result.reading;
  console.log(`| ${c.file} | ${c.shape.slice(0, 60)} | ${result.status} | ${cells(r.table2)} | ${cells(r.table3)} | ${cells(r.table4)} | ${same ? 'yes' : 'no'} |`);
}
