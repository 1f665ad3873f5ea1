// Chrome's profiler on one page: where the engine (or the extraction alone) spends its time, by line
// of the unminified bundle. Usage: npx tsx scripts/bench/profile-page.ts PAGE.html [engine|extractOnly|floorWalk]
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
const out = await build({ entryPoints: ['scripts/bench/page-entry.ts'], bundle: true, format: 'iife', write: false, logLevel: 'silent' });
const code = out.outputFiles[0]!.text;
const lines = code.split('\n');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
const fn = process.argv[3] ?? 'extractOnly';
await page.setContent(readFileSync(process.argv[2]!, 'utf8'));
await page.addScriptTag({ content: code });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const r = await page.evaluate((f) => (globalThis as any).__bench.perCall((globalThis as any).__bench[f], 3000), fn);
const { profile } = await cdp.send('Profiler.stop');
console.log(fn, 'ms/call', r.ms.toFixed(2));
const byFn = new Map<string, number>(); const agg = new Map<string, number>(); let tot = 0;
for (const n of profile.nodes) for (const t of n.positionTicks ?? []) { tot += t.ticks; const k = `${t.line} ${n.callFrame.functionName}: ${(lines[t.line - 1] ?? '').trim().slice(0, 100)}`; agg.set(k, (agg.get(k) ?? 0) + t.ticks); byFn.set(n.callFrame.functionName, (byFn.get(n.callFrame.functionName) ?? 0) + t.ticks); }
for (const [k, v] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, +(process.env.TOPL ?? 12))) console.log(((v / tot) * 100).toFixed(1) + '%', k);
console.log('--'); for (const [k, v] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, +(process.env.TOPF ?? 16))) console.log(((v / tot) * 100).toFixed(1) + '%', k);
await browser.close();
