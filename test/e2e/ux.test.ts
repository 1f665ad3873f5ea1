// The reviewer's experience in real Chromium with the built extension: badge and popup agree, a
// finding outlines its cells on the page (and leaves the page as it was), copy and exports, the
// options page (language, D-04 deadlines), axe-core on our own pages, and the README screenshots.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { browser as ExtensionApi } from 'wxt/browser';
import { AuditResultSchema, type AuditResult } from '../../lib/schema/audit';
import { parseCsv } from '../format/read-csv';

declare const chrome: typeof ExtensionApi;

const ROOT = resolve(__dirname, '../..');
const EXTENSION = join(ROOT, '.output/chrome-mv3');
const SAMPLE = join(ROOT, 'assets/sample/shangguan-2020.html');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = join(ROOT, 'docs/screenshots');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server: Server;
let context: BrowserContext;
let userDataDir = '';
let sw: Worker;
let extensionId = '';
let reportUrl = '';
let report: Page;
let tabId = -1;
let stored: AuditResult;

async function poll<T>(read: () => Promise<T>, done: (v: T) => boolean, what: string, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  let value = await read();
  while (!done(value)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(value)})`);
    await new Promise((r) => setTimeout(r, 150));
    value = await read();
  }
  return value;
}

async function openPopup(): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 480, height: 900 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.locator('li.finding').first().waitFor({ timeout: 15_000 });
  return popup;
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const { violations } = await axe.run();
    return violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

/** The page cells under the outlines we drew: the box centres, hit-tested through our layer. */
function outlinedCells(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('nianbao-highlights');
    const boxes = [...(host?.shadowRoot?.querySelectorAll('[data-box]') ?? [])];
    const inView = boxes.map((box) => {
      const r = box.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    return boxes.map((box, i) => {
      box.scrollIntoView({ block: 'center' }); // hit-testing needs the point on screen
      const r = box.getBoundingClientRect();
      const hit = document.elementsFromPoint(r.left + r.width / 2, r.top + r.height / 2).find((el) => el.matches('td, th, p'));
      const under = hit?.closest('td, th') ?? hit; // Word pages wrap cell text in <p>
      const row = under?.closest('tr');
      return {
        label: box.textContent ?? '',
        tag: under?.tagName ?? '',
        text: (under?.textContent ?? '').trim(),
        rowText: (row?.textContent ?? '').replace(/\s+/g, ''),
        inView: inView[i],
      };
    });
  });
}

/** What the page's own layout and styles look like: to compare before and after highlighting. */
function pageLayout(page: Page) {
  return page.evaluate(() => {
    const probe = ['h1.article-title', '#zoom', 'table', 'td', '.main', 'body'].map((sel) => {
      const el = document.querySelector(sel);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      return [sel, r.x, r.y, r.width, r.height, cs.font, cs.color, cs.outline, cs.margin, cs.position];
    });
    return { probe, sheets: document.styleSheets.length, html: document.documentElement.outerHTML, kids: document.documentElement.children.length };
  });
}

beforeAll(async () => {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error('No extension build: run `npm run build` first.');
  const html = readFileSync(SAMPLE);
  server = createServer((req, res) => {
    if (req.url === '/report.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  reportUrl = `http://www.example.gov.cn:${(server.address() as AddressInfo).port}/report.html`;
  userDataDir = mkdtempSync(join(tmpdir(), 'nianbao-ux-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'zh-CN',
    acceptDownloads: true,
    // Our pages keep the default extension CSP; let axe-core's source in as a script tag.
    bypassCSP: true,
    args: [
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--host-resolver-rules=MAP *.gov.cn 127.0.0.1',
    ],
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  extensionId = new URL(sw.url()).host;
  mkdirSync(SHOTS, { recursive: true });

  report = await context.newPage();
  await report.setViewportSize({ width: 1100, height: 800 });
  await report.goto(reportUrl);
  tabId = await poll(
    () => sw.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1, reportUrl),
    (id) => id >= 0,
    'the report tab',
  );
  const raw = await poll(
    () => sw.evaluate(async (t) => (await chrome.storage.session.get(`audit:${t}`))[`audit:${t}`], tabId),
    (v) => v !== undefined,
    'the stored result',
  );
  stored = AuditResultSchema.parse(raw);
});

afterAll(async () => {
  await context?.close();
  await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

describe('reviewer experience in Chromium', () => {
  it('shows the same counts on the badge and in the popup, and names cells by row and column', async () => {
    // reference.md §8 seed 003: seven errors; the badge text is the error count, in red.
    expect(stored.counts.error).toBe(7);
    const badge = await sw.evaluate((t) => chrome.action.getBadgeText({ tabId: t }), tabId);
    const title = await sw.evaluate((t) => chrome.action.getTitle({ tabId: t }), tabId);
    const popup = await openPopup();
    expect(await popup.locator('.count-error strong').textContent()).toBe(badge);
    expect(badge).toBe(String(stored.counts.error));
    const warnings = await popup.locator('.count-warning strong').textContent();
    const review = await popup.locator('.count-review strong').textContent();
    expect(title).toContain(`错误 ${badge} · 警告 ${warnings} · 需复核 ${review}`);
    expect(await popup.locator('li.finding').count()).toBe(stored.findings.length);
    // The table 三 total cell is named, not just "4".
    const total = popup.locator('li.finding[data-rule="T3-02"]').filter({ hasText: '「（七）总计·总计」为 4' });
    await expect.poll(() => total.locator('.where li').first().textContent()).toMatch(/\(七\)总计 \/ .*总计（4）/);
    expect(await total.locator('.expect').textContent()).toMatch(/应为.*实为.*4/);
    await popup.screenshot({ path: join(SHOTS, 'popup.png'), fullPage: true });
    await popup.close();
  });

  it('outlines the cells of a finding on the page, then removes every trace when turned off', async () => {
    await report.evaluate(() => window.scrollTo(0, 0));
    const before = await pageLayout(report);
    const popup = await openPopup();
    const finding = popup.locator('li.finding[data-rule="T3-02"]').filter({ hasText: '「（七）总计·总计」为 4' });
    await finding.locator('button.finding-show').click();
    await expect.poll(() => finding.locator('.show-state').textContent()).toBe('已在页面上标出 1 处');

    const cells = await outlinedCells(report);
    expect(cells).toHaveLength(1);
    expect(cells[0]).toMatchObject({ tag: 'TD', text: '4', inView: true });
    expect(cells[0]?.rowText).toContain('（七）总计');
    expect(cells[0]?.label).toContain('T3-02');

    // The sentence of N-01 is outlined too (a <p>, found by selector and checked by its text).
    const n01 = popup.locator('li.finding[data-rule="N-01"]');
    await n01.locator('button.finding-show').click();
    await expect.poll(() => n01.locator('.show-state').textContent()).toBe('已在页面上标出 2 处');
    const n01Cells = await outlinedCells(report);
    expect(n01Cells.map((c) => c.tag).sort()).toEqual(['P', 'TD']);
    expect(n01Cells.find((c) => c.tag === 'P')?.text).toContain('未收到');

    const all = popup.locator('button.highlight-all');
    await all.click();
    await expect.poll(() => all.getAttribute('aria-pressed')).toBe('true');
    const marked = await outlinedCells(report);
    expect(marked.length).toBeGreaterThan(5);
    await report.locator('table').nth(2).scrollIntoViewIfNeeded();
    await report.evaluate(() => window.scrollBy(0, 420));
    // caret 'initial': hiding the caret would make Playwright touch the page's inputs.
    await report.screenshot({ path: join(SHOTS, 'highlight.png'), caret: 'initial' });

    await all.click();
    await expect.poll(() => all.getAttribute('aria-pressed')).toBe('false');
    expect(await report.locator('nianbao-highlights').count()).toBe(0);
    await report.evaluate(() => window.scrollTo(0, 0));
    expect(await pageLayout(report)).toEqual(before);
    await popup.close();
  });

  it('downloads JSON and CSV that parse and hold every finding', async () => {
    const popup = await openPopup();
    const [json] = await Promise.all([popup.waitForEvent('download'), popup.locator('button.download-json').click()]);
    expect(json.suggestedFilename()).toBe('nianbao-audit-2020.json');
    const parsed = AuditResultSchema.parse(JSON.parse(readFileSync(await json.path(), 'utf8')));
    expect(parsed).toEqual(stored);

    const [csv] = await Promise.all([popup.waitForEvent('download'), popup.locator('button.download-csv').click()]);
    const text = readFileSync(await csv.path(), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(text.slice(1));
    expect(rows).toHaveLength(stored.findings.length + 1);
    expect(rows.slice(1).map((r) => r[0])).toEqual(stored.findings.map((f) => f.ruleId));
    expect(rows.slice(1).map((r) => r[4])).toEqual(stored.findings.map((f) => f.message.zh));
    await popup.close();
  });

  it('has no axe-core violations in the popup and the options page', async () => {
    const popup = await openPopup();
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.locator('form').waitFor();
    expect(await axeViolations(options)).toEqual([]);
    await options.close();
  });

  it('switches to English from the options page, saves D-04 deadlines, and copies the English summary', async () => {
    const options = await context.newPage();
    await options.setViewportSize({ width: 760, height: 720 });
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    // Keyboard only: the English radio, then a township deadline, then save.
    await options.getByLabel('English').focus();
    await options.keyboard.press('Space');
    await expect.poll(() => options.locator('h1').textContent()).toBe('Annual Report Auditor · Settings');
    const townErr = options.getByLabel('township Error after');
    await townErr.fill('13-40');
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.locator('.state').textContent()).toContain('MM-DD');
    await townErr.fill('04-30');
    await options.getByRole('button', { name: 'Save' }).press('Enter');
    await expect.poll(() => options.locator('.state').textContent()).toBe('Saved');
    const saved = await sw.evaluate(async () => (await chrome.storage.local.get('settings')).settings);
    expect(saved).toMatchObject({ language: 'en', deadlines: { township: { warnAfter: '01-31', errorAfter: '04-30' } } });
    await options.screenshot({ path: join(SHOTS, 'options.png'), fullPage: true });

    const popup = await openPopup();
    expect(await popup.locator('html').getAttribute('lang')).toBe('en');
    await popup.getByRole('button', { name: 'Copy audit summary' }).click();
    await expect.poll(() => popup.locator('.copy-state').textContent()).toBe('Copied');
    const copied = await popup.evaluate(() => navigator.clipboard.readText());
    const cli = await promisify(execFile)('npx', ['tsx', 'lib/cli/main.ts', SAMPLE, '--lang', 'en'], { cwd: ROOT });
    const noUrl = (s: string) => s.replace(/^URL: .*$/m, 'URL: <url>').trimEnd();
    expect(noUrl(copied)).toBe(noUrl(cli.stdout));
    await popup.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect.poll(() => popup.evaluate(() => navigator.clipboard.readText())).toMatch(/^## Annual report audit: /);
    await popup.close();

    // Back to the defaults, so that the other tests see the Chinese UI.
    await options.getByRole('button', { name: 'Restore defaults' }).click();
    await options.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => options.locator('.state').textContent()).toBe('已保存');
    await options.close();
  });
});
