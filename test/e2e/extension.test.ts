// The built extension in real Chromium: content script on a *.gov.cn page → worker → badge → popup
// → clipboard. Run by vitest.e2e.config.ts after `npm run build`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { browser as ExtensionApi } from 'wxt/browser';

// `chrome` inside sw.evaluate() is the worker's global; typed here with the extension API types.
declare const chrome: typeof ExtensionApi;

const ROOT = resolve(__dirname, '../..');
const EXTENSION = join(ROOT, '.output/chrome-mv3');
const SAMPLE = join(ROOT, 'assets/sample/shangguan-2020.html');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// reference.md §8, seed 003: T3-02 ×2, T3-01 ×2, T3-05, N-01, D-03 are errors.
const EXPECTED_ERRORS = '7';

const NEWS_PAGE = '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>乡镇动态</title></head>' +
  '<body><h1>乡镇动态</h1><p>上官乡召开农村工作会议。</p></body></html>';

let server: Server;
let port = 0;
let context: BrowserContext;
let userDataDir = '';
let sw: Worker;
let extensionId = '';

/** The tab showing `url`; the worker sees URLs only where it has host access, else any page tab. */
function tabIdOf(url: string): Promise<number> {
  return poll(
    () =>
      sw.evaluate(async (u) => {
        const tabs = await chrome.tabs.query({});
        const byUrl = tabs.find((t) => t.url === u);
        return byUrl?.id ?? tabs.find((t) => t.active && !t.url?.startsWith('chrome-extension:'))?.id ?? -1;
      }, url),
    (id) => id >= 0,
    `the tab of ${url}`,
  );
}

async function poll<T>(read: () => Promise<T>, done: (v: T) => boolean, what: string, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  let value = await read();
  while (!done(value)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(value)})`);
    await new Promise((r) => setTimeout(r, 200));
    value = await read();
  }
  return value;
}

/** The summary without its URL line: the CLI read a file, the browser a served page. */
function withoutUrl(summary: string): string {
  return summary.replace(/^(网址|URL)[：:].*$/m, '$1：<url>').trimEnd();
}

beforeAll(async () => {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) {
    throw new Error(`No extension build at ${EXTENSION}: run \`npm run build\` first (npm run test:e2e does).`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium (see .ci/run).`);
  if (!existsSync(SAMPLE)) throw new Error(`Sample page missing: ${SAMPLE}`);

  const page = readFileSync(SAMPLE);
  server = createServer((req, res) => {
    if (req.url === '/report.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page);
    } else if (req.url === '/news.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(NEWS_PAGE);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  port = (server.address() as AddressInfo).port;

  userDataDir = mkdtempSync(join(tmpdir(), 'nianbao-e2e-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    // The popup follows the browser's language; this test reads the Chinese UI and summary.
    locale: 'zh-CN',
    args: [
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      // The content script only runs by itself on *.gov.cn: send those names to the local server.
      '--host-resolver-rules=MAP *.gov.cn 127.0.0.1',
    ],
  });
  sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  extensionId = new URL(sw.url()).host;
});

afterAll(async () => {
  await context?.close();
  await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

describe('built extension in Chromium', () => {
  it('audits the sample report: badge, popup and copied summary', async () => {
    const reportUrl = `http://www.example.gov.cn:${port}/report.html`;
    const page = await context.newPage();
    await page.goto(reportUrl);
    expect(await page.title()).toContain('政府信息公开工作年度报告');

    const tabId = await tabIdOf(reportUrl);

    const badge = await poll(
      () => sw.evaluate((t) => chrome.action.getBadgeText({ tabId: t }), tabId),
      (text) => text !== '',
      'the badge text',
    );
    expect(badge).toBe(EXPECTED_ERRORS);
    const color = await sw.evaluate((t) => chrome.action.getBadgeBackgroundColor({ tabId: t }), tabId);
    expect(color.slice(0, 3)).toEqual([0xd9, 0x30, 0x25]);

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    const totalFinding = popup.locator('li.finding[data-rule="T3-02"]').filter({ hasText: '（七）总计' });
    await expect.poll(() => totalFinding.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await popup.locator('.count-error strong').textContent()).toBe(EXPECTED_ERRORS);

    // Chromium refuses a grant for a chrome-extension:// origin ("opaque"), so grant it context-wide.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await popup.getByRole('button', { name: /复制审核摘要/ }).click();
    await expect.poll(() => popup.locator('.copy-state').textContent(), { timeout: 5_000 }).toContain('已复制');
    const copied = await popup.evaluate(() => navigator.clipboard.readText());

    const cli = await promisify(execFile)('npx', ['tsx', 'lib/cli/main.ts', SAMPLE], {
      cwd: ROOT,
      maxBuffer: 10 * 1024 * 1024,
    });
    expect(withoutUrl(copied)).toBe(withoutUrl(cli.stdout));
    expect(copied).toContain(reportUrl);

    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    await popup.setViewportSize({ width: 480, height: 900 });
    await popup.screenshot({ path: join(ROOT, 'test-results/popup.png'), fullPage: true });
    await popup.close();
    await page.close();
  });

  it('audits a page that is no report only when asked, and says so', async () => {
    const newsUrl = `http://www.example.gov.cn:${port}/news.html`;
    const page = await context.newPage();
    await page.goto(newsUrl);
    const tabId = await tabIdOf(newsUrl);
    // The cheap check said "no report": nothing is sent, so nothing is stored and no badge is shown.
    await page.waitForTimeout(500);
    expect(await sw.evaluate((t) => chrome.storage.session.get(`audit:${t}`), tabId)).toEqual({});

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await expect
      .poll(() => popup.locator('main').textContent(), { timeout: 15_000 })
      .toContain('此页面不是政府信息公开工作年度报告');
    expect(await sw.evaluate((t) => chrome.action.getBadgeText({ tabId: t }), tabId)).toBe('');
    await popup.close();
    await page.close();
  });

  it('shows an error when the page cannot be scripted', async () => {
    // 127.0.0.1 is outside the host permissions, and a popup opened by URL grants no activeTab.
    const before = await sw.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id));
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/report.html`);
    // Its URL is hidden from the worker (no host access): take the tab that is new.
    const tabId = await poll(
      () => sw.evaluate(async (old) => (await chrome.tabs.query({})).find((t) => !old.includes(t.id))?.id ?? -1, before),
      (id) => id >= 0,
      'the new tab',
    );
    expect(await sw.evaluate(async (t) => (await chrome.tabs.get(t)).url, tabId)).toBeUndefined();
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.locator('[role="alert"]').textContent(), { timeout: 15_000 }).toContain('无法在此页面运行审核');
    await popup.close();
    await page.close();
  });
});
