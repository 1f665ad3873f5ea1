// Random damage to corpus pages (cut, duplicated or swapped slices, stray markup and characters)
// never crashes the pipeline, and the result always validates. Light: test/fuzz does the heavy fuzzing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { extractSnapshot, snapshotFromText } from '../../lib/snapshot';
import { auditSnapshot } from '../../lib/pipeline';
import { AuditResultSchema } from '../../lib/schema';

const SETTINGS = { seed: 20261122, numRuns: 40 };
const PAGES = join(__dirname, '../corpus/pages');
const FILES = ['no-spans-empty-labels.html', 'p-per-cell.html', 'pipe-rows.html', 'number-forms-2019.html', 'text-cell-per-line.txt', 'text-tab-rows.txt'];
const JUNK = ['<td rowspan=0 colspan=999>', '</table>', '<table><tr>', '<p>', '\t', '|', '0', '９', '—', '总计', '（七）总计', '一、本年新收政府信息公开申请数量', '<!--', '&nbsp;', '\u0000', '2021年12月31日'];

type Mutation = { kind: 'cut' | 'dup' | 'swap' | 'insert'; at: number; length: number; junk: string };
const mutation = fc.record({
  kind: fc.constantFrom('cut', 'dup', 'swap', 'insert'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.integer({ min: 1, max: 400 }),
  junk: fc.constantFrom(...JUNK),
}) as fc.Arbitrary<Mutation>;

function mutate(text: string, m: Mutation): string {
  const at = Math.floor(m.at * text.length);
  const end = Math.min(text.length, at + m.length);
  if (m.kind === 'cut') return text.slice(0, at) + text.slice(end);
  if (m.kind === 'dup') return text.slice(0, end) + text.slice(at, end) + text.slice(end);
  if (m.kind === 'insert') return text.slice(0, at) + m.junk + text.slice(at);
  const other = Math.floor((1 - m.at) * text.length);
  return text.slice(0, Math.min(at, other)) + text.slice(end) + text.slice(Math.min(at, other), at);
}

describe('mutated corpus pages (property)', () => {
  it.each(FILES)('%s never crashes the pipeline and validates', (file) => {
    const original = readFileSync(join(PAGES, file), 'utf8');
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const text = mutations.reduce(mutate, original);
        const snapshot = file.endsWith('.txt')
          ? snapshotFromText(text, 'file:///corpus.txt')
          : extractSnapshot(parseHTML(text).document as unknown as Document, { url: 'http://www.example.gov.cn/m.html' });
        const result = auditSnapshot(snapshot);
        expect(AuditResultSchema.safeParse(result).success).toBe(true);
        expect(result.errors).toEqual([]);
      }),
      SETTINGS,
    );
  }, 10_000);
});
