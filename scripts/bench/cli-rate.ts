// The CLI engine's throughput in Node: the CLI's HTML parse (lib/cli/html-dom) + extract + parse +
// audit over every fixture page, looped for a fixed time. Run by run.ts pinned to one core
// (taskset); runnable alone for profiling: node --cpu-prof --import tsx scripts/bench/cli-rate.ts
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseHtmlDocument } from '../../lib/cli/load';
import { extractSnapshot } from '../../lib/snapshot';
import { auditSnapshot } from '../../lib/pipeline';
import { SAMPLE_PATH, SEED_DIR } from './synthetic';

const MIN_MS = Number(process.env.BENCH_MS ?? 3000);
/** The run is cut into windows; the machine's speed drifts (a shared VM), so the fastest and the median are both kept. */
const WINDOWS = 10;

function corpus(): { name: string; html: string }[] {
  const seeds = readdirSync(SEED_DIR).filter((name) => /^seed-\d+\.(table|p)\.html$/.test(name)).sort();
  return [
    ...seeds.map((name) => ({ name, html: readFileSync(join(SEED_DIR, name), 'utf8') })),
    { name: 'shangguan-2020.html', html: readFileSync(SAMPLE_PATH, 'utf8') },
  ];
}

function auditHtml(html: string, url: string): number {
  return auditSnapshot(extractSnapshot(parseHtmlDocument(html), { url })).findings.length;
}

function main(): void {
  const pages = corpus();
  for (const page of pages) auditHtml(page.html, page.name); // warm-up
  let count = 0;
  const rates: number[] = [];
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  for (let window = 0; window < WINDOWS; window += 1) {
    const windowStart = performance.now();
    let inWindow = 0;
    // Whole passes over the corpus, so every window weighs the pages alike.
    while (performance.now() - windowStart < MIN_MS / WINDOWS) {
      for (const page of pages) auditHtml(page.html, page.name);
      inWindow += pages.length;
    }
    rates.push(inWindow / ((performance.now() - windowStart) / 1000));
    count += inWindow;
  }
  const seconds = (performance.now() - start) / 1000;
  // CPU time (user + system) as well as wall time: on a shared, busy machine the wall clock counts
  // time spent waiting for a core.
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  rates.sort((a, b) => a - b);
  console.log(JSON.stringify({
    pages: count, corpus: pages.length, seconds, pagesPerSecond: count / seconds, cpuSeconds, pagesPerCpuSecond: count / cpuSeconds,
    fastestWindow: rates[rates.length - 1], medianWindow: rates[Math.floor(rates.length / 2)],
  }));
}

main();
