// Times the engine on each seed page (in-process, median of repeated runs) and the whole CLI
// process once per page. Figures for the closing notes; not a test.
import { readFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { parseHtmlDocument } from '../lib/cli/load';
import { extractSnapshot } from '../lib/snapshot';
import { auditSnapshot } from '../lib/pipeline';

const dir = 'test/fixtures/pages';
const pages = readdirSync(dir).filter((name) => /^seed-\d+\.(table|p)\.html$/.test(name)).sort();
pages.unshift('../../../assets/sample/shangguan-2020.html');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

console.log('page | DOM build ms | extract ms | parse+audit ms | CLI process ms | errors');
for (const page of pages) {
  const html = readFileSync(`${dir}/${page}`, 'utf8');
  const dom: number[] = [];
  const extract: number[] = [];
  const audit: number[] = [];
  let errors = 0;
  for (let run = 0; run < 30; run++) {
    const t0 = performance.now();
    const document = parseHtmlDocument(html);
    const t1 = performance.now();
    const snapshot = extractSnapshot(document, { url: page });
    const t2 = performance.now();
    errors = auditSnapshot(snapshot).counts.error;
    const t3 = performance.now();
    dom.push(t1 - t0);
    extract.push(t2 - t1);
    audit.push(t3 - t2);
  }
  const c0 = performance.now();
  spawnSync('node', ['--import', 'tsx', 'lib/cli/main.ts', `${dir}/${page}`, '--json'], { encoding: 'utf8' });
  const cli = performance.now() - c0;
  const f = (x: number) => x.toFixed(2);
  console.log(`${page.replace(/^.*\//, '')} | ${f(median(dom))} | ${f(median(extract))} | ${f(median(audit))} | ${cli.toFixed(0)} | ${errors}`);
}
