// The in-browser measurements: floor walk (a), our engine (b), axe-core (c) per page, and the
// content script's cost on a page that is no report. Debian Chromium, headless.
import { fileURLToPath } from 'node:url';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HERE = fileURLToPath(new URL('.', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Time spent per measured step and page, split into batches by perCall (page-entry.ts). */
const MIN_MS = 500;
/** axe is slow: as many runs as fit in this budget (at least one), median taken. */
const AXE_BUDGET_MS = 3000;
const AXE_MAX_RUNS = 5;

export interface PageTiming {
  name: string;
  bytes: number;
  floorMs: number;
  engineMs: number;
  /** The extraction part of engineMs (DOM → snapshot); the rest is parse + rules on plain data. */
  extractMs: number;
  axeMs: number;
  axeRuns: number;
  status: string;
}

export interface ContentScriptTiming {
  firstEvalMs: number;
  repeatEvalMs: number;
  cheapCheckMs: number;
}

async function bundleEngine(): Promise<string> {
  const out = await build({
    entryPoints: [join(HERE, 'page-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

export class BenchBrowser {
  private server!: Server;
  private browser!: Browser;
  private readonly routes = new Map<string, { type: string; body: string | Buffer }>();
  origin = '';

  async start(): Promise<void> {
    this.routes.set('/bench.js', { type: 'text/javascript', body: await bundleEngine() });
    this.routes.set('/axe.js', { type: 'text/javascript', body: readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js')) });
    this.server = createServer((req, res) => {
      const route = this.routes.get((req.url ?? '').split('?')[0]!);
      res.writeHead(route ? 200 : 404, { 'content-type': route?.type ?? 'text/plain' });
      res.end(route?.body ?? 'not found');
    });
    await new Promise<void>((ok) => this.server.listen(0, '127.0.0.1', ok));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    this.browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--disable-quic'],
    });
  }

  async stop(): Promise<void> {
    await this.browser?.close();
    await new Promise<void>((ok) => (this.server ? this.server.close(() => ok()) : ok()));
  }

  serve(path: string, body: string | Buffer, type = 'text/html; charset=utf-8'): string {
    this.routes.set(path, { type, body });
    return `${this.origin}${path}`;
  }

  private async open(path: string): Promise<Page> {
    const page = await this.browser.newPage();
    await page.goto(`${this.origin}${path}`, { waitUntil: 'load', timeout: 120_000 });
    await page.addScriptTag({ url: '/bench.js' });
    return page;
  }

  async timePage(name: string, html: string): Promise<PageTiming> {
    const path = `/page/${encodeURIComponent(name)}`;
    this.serve(path, html);
    const page = await this.open(path);
    try {
      const floor = await page.evaluate((ms) => (globalThis as any).__bench.perCall((globalThis as any).__bench.floorWalk, ms), MIN_MS);
      const engine = await page.evaluate((ms) => (globalThis as any).__bench.perCall((globalThis as any).__bench.engine, ms), MIN_MS);
      const extract = await page.evaluate((ms) => (globalThis as any).__bench.perCall((globalThis as any).__bench.extractOnly, ms), MIN_MS);
      const { status } = await page.evaluate(() => (globalThis as any).__bench.summary());
      await page.addScriptTag({ url: '/axe.js' });
      const axe = await page.evaluate(
        async ({ budget, maxRuns }) => {
          const axe = (globalThis as any).axe;
          const times: number[] = [];
          const start = performance.now();
          do {
            const t0 = performance.now();
            await axe.run(document);
            times.push(performance.now() - t0);
          } while (performance.now() - start < budget && times.length < maxRuns);
          // The first run sets axe up; drop it when there are others.
          const steady = times.length > 1 ? times.slice(1) : times;
          steady.sort((x, y) => x - y);
          return { ms: steady[Math.floor(steady.length / 2)]!, runs: times.length };
        },
        { budget: AXE_BUDGET_MS, maxRuns: AXE_MAX_RUNS },
      );
      // The VM's speed drifts over seconds: (a) and (b) are timed again after axe, and the faster
      // timing of each is kept, so that the ratios compare figures from the same stretch of time.
      const floorAgain = await page.evaluate((ms) => (globalThis as any).__bench.perCall((globalThis as any).__bench.floorWalk, ms), MIN_MS);
      const engineAgain = await page.evaluate((ms) => (globalThis as any).__bench.perCall((globalThis as any).__bench.engine, ms), MIN_MS);
      return {
        name, bytes: Buffer.byteLength(html), floorMs: Math.min(floor.ms, floorAgain.ms), engineMs: Math.min(engine.ms, engineAgain.ms),
        extractMs: extract.ms, axeMs: axe.ms, axeRuns: axe.runs, status,
      };
    } finally {
      await page.close();
    }
  }

  /**
   * The built content script (the detector) evaluated in a page that is no report, with a stub
   * `chrome.runtime` so it finds a runtime: the first evaluation (parse + compile + run + main) and the average of
   * repeated ones (the compiled code cached), plus the cheap check alone.
   */
  async timeContentScript(html: string, contentScript: string): Promise<{ chrome: ContentScriptTiming; withoutPolyfill: ContentScriptTiming }> {
    this.serve('/no-report.html', html);
    this.serve('/content.js', contentScript, 'text/javascript');
    const measure = async (origin: string, withBrowserGlobal: boolean) => {
      // A page of its own origin (so its own renderer): the first evaluation compiles from scratch.
      const page = await this.browser.newPage();
      try {
        await page.goto(`${origin}/no-report.html`, { waitUntil: 'load' });
        await page.addScriptTag({ url: '/bench.js' });
        return await page.evaluate(
          async ({ ms, withBrowser }) => {
            const code = await (await fetch('/content.js')).text();
            return (globalThis as any).__bench.timeScript(code, ms, withBrowser);
          },
          { ms: MIN_MS, withBrowser: withBrowserGlobal },
        );
      } finally {
        await page.close();
      }
    };
    const chrome = await measure(this.origin, false);
    const withoutPolyfill = await measure(this.origin.replace('127.0.0.1', 'localhost'), true);
    return { chrome, withoutPolyfill };
  }
}
