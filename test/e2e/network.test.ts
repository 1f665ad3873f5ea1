// Nothing leaves the machine: every request the browser sends goes through a local recording proxy
// (page, popup, service worker, the browser itself), and Playwright's request events list what the
// pages and the extension's worker asked for. Auditing the sample report must add none of its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Request } from 'playwright-core';
import type { Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { browser as ExtensionApi } from 'wxt/browser';
import { closeServer, launchExtension, poll, ROOT, serve, type Launched } from './harness';

declare const chrome: typeof ExtensionApi;

// Playwright reports a service worker's own requests only with this switch.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

const PAGE_HOST = 'www.example.gov.cn';
const PAGE_URL = `http://${PAGE_HOST}/report.html`;
const SAMPLE = readFileSync(join(ROOT, 'assets/sample/shangguan-2020.html'));

let proxy: Server;
let browser: Launched;
/** What reached the proxy: "GET http://host/path" or "CONNECT host:443". */
const proxied: string[] = [];
const requested: { url: string; fromWorker: boolean }[] = [];

beforeAll(async () => {
  const started = await serve((req, res) => {
    proxied.push(`${req.method} ${req.url}`);
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    if (url.host === PAGE_HOST && url.pathname === '/report.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(SAMPLE);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  proxy = started.server;
  proxy.on('connect', (req, socket) => {
    proxied.push(`CONNECT ${req.url}`);
    socket.destroy();
  });
  browser = await launchExtension([`--proxy-server=http://127.0.0.1:${started.port}`]);
  browser.context.on('request', (r: Request) => requested.push({ url: r.url(), fromWorker: r.serviceWorker() !== null }));
});

afterAll(async () => {
  await browser?.close();
  await closeServer(proxy);
});

describe('network', () => {
  it('an audit, its badge and the popup send nothing beyond the page itself', async () => {
    const { context, sw, extensionId } = browser;
    const page = await context.newPage();
    await page.goto(PAGE_URL);
    const tabId = await poll(
      () => sw.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1, PAGE_URL),
      (id) => id >= 0,
      'the report tab',
    );
    await poll(() => sw.evaluate((t) => chrome.action.getBadgeText({ tabId: t }), tabId), (text) => text !== '', 'the badge');

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await poll(() => popup.locator('li.finding, [data-rule]').count(), (n) => n > 0, 'findings in the popup', 15_000);
    await popup.waitForTimeout(1000); // room for anything sent late

    // The proxy saw the page load (so it was in the path), the page's own files, and Chromium's own
    // service traffic (updates, accounts), which the request events below tell apart from ours.
    expect(proxied).toContain(`GET ${PAGE_URL}`);
    expect(proxied.filter((line) => !isPageOrBrowser(line))).toEqual([]);

    // The pages and the worker asked only for the extension's own files and the page.
    const own = `chrome-extension://${extensionId}/`;
    expect(requested.some((r) => r.url.startsWith(own))).toBe(true);
    const foreign = requested.filter((r) => !r.url.startsWith(own) && !r.url.startsWith(`http://${PAGE_HOST}/`));
    expect(foreign).toEqual([]);
    expect(requested.filter((r) => r.fromWorker && !r.url.startsWith(own))).toEqual([]);

    // Control: a fetch by the worker does show up in both records, so the checks above can fail.
    const probe = `http://${PAGE_HOST}/probe-from-worker`;
    await sw.evaluate((u) => fetch(u).then((r) => r.status), probe);
    expect(proxied).toContain(`GET ${probe}`);
    await poll(async () => requested.some((r) => r.url === probe && r.fromWorker), Boolean, 'the probe in the request events', 5_000);
    await popup.close();
    await page.close();
  });
});

/** The page's host, or a Google service host the browser itself calls (never the extension: see the request events). */
function isPageOrBrowser(line: string): boolean {
  const target = line.split(' ')[1] ?? '';
  const host = target.includes('://') ? new URL(target).hostname : target.replace(/:\d+$/, '');
  return host === PAGE_HOST || /(^|\.)(googleapis|google|gstatic)\.com$/.test(host);
}
