// A report inside a frame (issue 3): the content script runs in every frame, the worker reads the
// tab's frames together, the badge counts the framed report's errors, and the popup names the frame
// that could not be read (another site, where the extension has no access).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { browser as ExtensionApi } from 'wxt/browser';
import { closeServer, launchExtension, poll, ROOT, serve, type Launched } from './harness';

declare const chrome: typeof ExtensionApi;

// reference.md §8, seed 003 (the bundled sample): 7 errors.
const EXPECTED_ERRORS = '7';

let server: Server | undefined;
let port = 0;
let browser: Launched;

beforeAll(async () => {
  const sample = readFileSync(join(ROOT, 'assets/sample/shangguan-2020.html'));
  ({ server, port } = await serve((req, res) => {
    const host = req.headers.host ?? '';
    res.setHeader('content-type', 'text/html; charset=utf-8');
    if (host.startsWith('www.example.gov.cn') && req.url === '/portal.html') {
      res.end(
        '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>某区人民政府门户网站</title></head><body>' +
          '<div>当前位置：首页 &gt; 政府信息公开年报</div>' +
          `<iframe id="report" src="/report.html" width="900" height="600"></iframe>` +
          `<iframe id="ads" src="http://ads.example.com:${port}/banner.html" width="300" height="100"></iframe>` +
          '<div>版权所有：某区人民政府</div></body></html>',
      );
    } else if (req.url === '/report.html') res.end(sample);
    else res.end('<!doctype html><html><body><p>广告</p></body></html>');
  }));
  browser = await launchExtension([`--host-resolver-rules=MAP *.gov.cn 127.0.0.1, MAP ads.example.com 127.0.0.1`]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await closeServer(server);
});

describe('a report inside a frame', () => {
  it('counts the framed report on the badge and names the frame that was not read', async () => {
    const { context, sw, extensionId } = browser;
    const page = await context.newPage();
    const url = `http://www.example.gov.cn:${port}/portal.html`;
    await page.goto(url);
    const tabId = await poll(
      () => sw.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1, url),
      (id) => id >= 0,
      'the portal tab',
    );
    const badge = await poll(
      () => sw.evaluate((t) => chrome.action.getBadgeText({ tabId: t }), tabId),
      (text) => text !== '',
      'the badge',
    );
    expect(badge).toBe(EXPECTED_ERRORS);

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await popup.locator('[data-rule="T3-02"]').first().waitFor();
    const unread = popup.locator('.frames-unread');
    await unread.waitFor();
    expect(await unread.textContent()).toContain(`http://ads.example.com:${port}/banner.html`);
    expect(await unread.textContent()).not.toContain('/report.html');
  });
});
