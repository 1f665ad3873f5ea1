// Hostile sizes in the real browser: a 10 MB report page and a page of 5,000 tables go past the
// snapshot caps and are refused within 1 s of the page's load; the stored result, the badge and the
// popup say the page was too large.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import type { browser as ExtensionApi } from 'wxt/browser';
import { closeServer, launchExtension, poll, serve, type Launched } from './harness';
import { hugeTextPage, manyTablesPage } from '../../scripts/bench/synthetic';

declare const chrome: typeof ExtensionApi;

const PAGES: Record<string, string> = {
  '/huge.html': hugeTextPage(10 * 1024 * 1024),
  '/tables.html': manyTablesPage(5000),
};

let server: Server;
let port = 0;
let browser: Launched;

beforeAll(async () => {
  const started = await serve((req, res) => {
    const body = PAGES[req.url ?? ''];
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  server = started.server;
  port = started.port;
  browser = await launchExtension(['--host-resolver-rules=MAP *.gov.cn 127.0.0.1']);
});

afterAll(async () => {
  await browser?.close();
  await closeServer(server);
});

describe('size limits in the browser', () => {
  for (const [path, what] of [['/huge.html', 'a 10 MB page'], ['/tables.html', 'a page of 5,000 tables']] as const) {
    it(`${what}: refused within 1 s of load, saying it is too large`, async () => {
      const { context, sw, extensionId } = browser;
      const url = `http://www.example.gov.cn:${port}${path}`;
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
      const loaded = Date.now();
      const tabId = await poll(
        () => sw.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1, url),
        (id) => id >= 0,
        'the tab',
        5_000,
        20,
      );
      const stored = await poll(
        () => sw.evaluate(async (t) => (await chrome.storage.session.get(`audit:${t}`))[`audit:${t}`] ?? null, tabId),
        (v) => v !== null,
        'a stored result',
        5_000,
        20,
      );
      const elapsed = Date.now() - loaded;
      // Both pages go past a cap (the item cap; the 500-table cap): refused, not audited in part.
      expect((stored as { status: string }).status).toBe('too-large');
      console.log(`${path}: result stored ${elapsed} ms after load`);
      expect(elapsed, `result stored ${elapsed} ms after load`).toBeLessThanOrEqual(1000);
      expect(await sw.evaluate((t) => chrome.action.getBadgeText({ tabId: t }), tabId)).toBe('!');

      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      await poll(() => popup.locator('main').textContent(), (text) => /页面过大|Page too large/.test(text ?? ''), 'the popup message (zh or en, by the browser language)', 10_000);
      await popup.close();
      await page.close();
    });
  }
});
