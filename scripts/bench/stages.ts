// Per-stage CPU cost of the engine over the fixture pages (Node): the CLI's HTML parse, extract, parse,
// rules. For finding hot spots: `npx tsx scripts/bench/stages.ts`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtmlDocument } from '../../lib/cli/load';
import { extractSnapshot } from '../../lib/snapshot';
import { parseReport } from '../../lib/report';
import { runAudit } from '../../lib/audit';
import { SAMPLE_PATH, SEED_DIR } from './synthetic';

const ROUNDS = Number(process.env.ROUNDS ?? 10);
const pages = [
  ...readdirSync(SEED_DIR).filter((n) => /^seed-\d+\.(table|p)\.html$/.test(n)).map((n) => readFileSync(join(SEED_DIR, n), 'utf8')),
  readFileSync(SAMPLE_PATH, 'utf8'),
];
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const totals = { dom: 0, extract: 0, parse: 0, rules: 0 };
for (let round = 0; round <= ROUNDS; round++) {
  for (const html of pages) {
    const t0 = cpuMs();
    const document = parseHtmlDocument(html);
    const t1 = cpuMs();
    const snapshot = extractSnapshot(document);
    const t2 = cpuMs();
    const report = parseReport(snapshot);
    const t3 = cpuMs();
    runAudit(report);
    const t4 = cpuMs();
    if (round === 0) continue; // warm-up
    totals.dom += t1 - t0;
    totals.extract += t2 - t1;
    totals.parse += t3 - t2;
    totals.rules += t4 - t3;
  }
}
const n = ROUNDS * pages.length;
console.log(Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, `${(v / n).toFixed(2)} ms CPU/page`])));
