// The parser reads table 三 by label: the order of its data rows on the page, and extra all-zero rows
// with labels that are no template row, must not change the verdict on a seed page.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { extractSnapshot } from '../../lib/snapshot';
import { auditSnapshot } from '../../lib/pipeline';
import { clean2021, planted2021 } from '../corpus/base-specs';
import { FIXED_RULES } from '../corpus/cases';
import { htmlPage, plainTable } from '../corpus/shapes';
import { specBlocks, table3DataLayout, table3HeaderLayout, type ReportSpec } from '../corpus/spec';
import type { Row } from '../fixtures/seed-blocks';

const SETTINGS = { seed: 20261122, numRuns: 25 };
const UNKNOWN_LABELS = ['补充说明', '附注（本行不计入）', '备用行', '统计口径说明'];

/** The page with table 三's data rows in the given order, each drawn with all its label cells filled in. */
function page(spec: ReportSpec, order: number[], extra: string[]): string {
  const data = table3DataLayout(spec).map(({ row }) => row.slice(-8)); // innermost label + 7 values
  const rows: Row[] = [...order.map((i) => data[i]!), ...extra.map((label) => [[label], ...new Array(7).fill(['0'])])];
  const body = specBlocks(spec).map((block) => {
    if (block.kind === 'p') return `<p>${block.text}</p>`;
    return block.name === 'table3' ? plainTable([...table3HeaderLayout(spec), ...rows]) : plainTable(block.rows);
  });
  return htmlPage(spec.titleLines.join(''), body);
}

function verdict(html: string): string[] {
  const { document } = parseHTML(html);
  const result = auditSnapshot(extractSnapshot(document as unknown as Document, { url: 'http://www.example.gov.cn/p.html' }));
  return [...new Set(result.findings.filter((f) => (FIXED_RULES as readonly string[]).includes(f.ruleId)).map((f) => `${f.ruleId} ${f.outcome}`))].sort();
}

describe.each([
  ['clean 2021', clean2021()],
  ['planted 2021', planted2021()],
])('verdict invariance on the %s page', (_, spec) => {
  const n = table3DataLayout(spec).length;
  const identity = Array.from({ length: n }, (_, i) => i);
  const baseline = verdict(page(spec, identity, []));

  it('the baseline is what the spec says (so the invariance is not vacuous)', () => {
    expect(baseline.length > 0).toBe(spec.table3.granted?.[6] === '7');
  });

  it('permuting the data rows and adding all-zero unknown rows keeps the verdict', () => {
    const order = fc.shuffledSubarray(identity, { minLength: n, maxLength: n });
    const extra = fc.array(fc.constantFrom(...UNKNOWN_LABELS), { maxLength: 3 });
    fc.assert(
      fc.property(order, extra, (o, e) => {
        expect(verdict(page(spec, o, e))).toEqual(baseline);
      }),
      SETTINGS,
    );
  }, 10_000);
});
