// Messages to the worker are hostile input (a compromised page can reach the content script's world):
// each is size-capped and zod-validated, and a rejection is logged with its reason. Adds to
// test/extension/worker.test.ts the caps inside the schema, unserialisable and prototype-polluting
// messages, and a snapshot whose tables point at cells that do not exist.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import background from '../../entrypoints/background';
import { SNAPSHOT_LIMITS } from '../../lib/schema/snapshot';
import type { PageSnapshot } from '../../lib/schema/snapshot';

const TAB = 9;
const fromTab = { id: fakeBrowser.runtime.id, tab: { id: TAB }, frameId: 0, url: 'http://www.example.gov.cn/r.html' };
const fromPopup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };

function snapshot(items: PageSnapshot['items']): PageSnapshot {
  return { url: 'http://www.example.gov.cn/r.html', title: '某乡2020年政府信息公开工作年度报告', publishedAt: null, items, truncated: false };
}

const send = (message: unknown, sender: object = fromTab) => fakeBrowser.runtime.onMessage.trigger(message, sender as never);
const stored = async () => (await browser.storage.session.get(`audit:${TAB}`))[`audit:${TAB}`];
const warnings = () => vi.mocked(console.warn).mock.calls.map((call) => call.map(String).join(' ')).join('\n');

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
  background.main();
});

describe('worker message caps', () => {
  it('accepts a well-formed snapshot (so the rejections below are about the caps)', async () => {
    await send({ type: 'snapshot', snapshot: snapshot([{ type: 'text', text: '一、总体情况', selector: 'p', tag: 'p' }]) });
    expect(await stored()).toMatchObject({ status: expect.any(String) });
    expect(console.warn).not.toHaveBeenCalled();
  });

  it('rejects a text longer than the cap, naming where', async () => {
    const text = 'x'.repeat(SNAPSHOT_LIMITS.maxTextLength + 1);
    await send({ type: 'snapshot', snapshot: snapshot([{ type: 'text', text, selector: 'p', tag: 'p' }]) });
    expect(await stored()).toBeUndefined();
    expect(warnings()).toMatch(/message rejected: snapshot\.items\.0\.text/);
  });

  it('rejects more items than the cap', async () => {
    const items = Array.from({ length: SNAPSHOT_LIMITS.maxItems + 1 }, () => ({ type: 'text' as const, text: '', selector: 'p', tag: 'p' }));
    await send({ type: 'snapshot', snapshot: snapshot(items) });
    expect(await stored()).toBeUndefined();
    expect(warnings()).toMatch(/message rejected: snapshot\.items/);
  });

  it('rejects a table with more cells than the cap', async () => {
    const cells = Array.from({ length: SNAPSHOT_LIMITS.maxCellsPerTable + 1 }, () => ({ text: '', selector: 'td', rowSpan: 1, colSpan: 1 }));
    await send({ type: 'snapshot', snapshot: snapshot([{ type: 'table', selector: 'table', cells, grid: [[0]] }]) });
    expect(await stored()).toBeUndefined();
    expect(warnings()).toMatch(/message rejected: snapshot\.items\.0\.cells/);
  });

  it('rejects a message that cannot be serialised, with the reason', async () => {
    const circular: Record<string, unknown> = { type: 'snapshot' };
    circular.snapshot = circular;
    await send(circular);
    expect(await stored()).toBeUndefined();
    expect(warnings()).toMatch(/message rejected/);
  });

  it('rejects a get-result for a tab id that is no tab id', async () => {
    for (const tabId of [-1, 1.5, '7', Number.MAX_VALUE * 2, null]) {
      expect((await send({ type: 'get-result', tabId }, fromPopup)).filter(Boolean)).toEqual([]);
    }
    expect(warnings().match(/message rejected: tabId/g)?.length).toBe(5);
  });

  it('does not let extra keys through: no prototype pollution, nothing stored beyond the result', async () => {
    const message = JSON.parse(
      '{"type":"snapshot","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},' +
        `"snapshot":${JSON.stringify({ ...snapshot([]), extra: '<img src=x onerror=alert(1)>' })}}`,
    );
    await send(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const result = (await stored()) as Record<string, unknown> | undefined;
    expect(JSON.stringify(result ?? {})).not.toContain('onerror');
  });

  it('refuses a snapshot whose grid points at cells that do not exist (the engine copes anyway: test/fuzz)', async () => {
    const cells = [{ text: '本年新收', selector: 'td', rowSpan: 1, colSpan: 1 }];
    const grid = [[0, 5, -7, 1.5], [99, 0], []];
    await send({ type: 'snapshot', snapshot: snapshot([{ type: 'table', selector: 'table', cells, grid }]) });
    expect(await stored()).toBeUndefined();
    expect(warnings()).toMatch(/rejected/);
    expect(console.error).not.toHaveBeenCalled();
  });

  it('refuses a snapshot cut short at a cap, saying the page is too large (no partial audit)', async () => {
    const cut = { ...snapshot([{ type: 'text', text: '一、总体情况', selector: 'p', tag: 'p' }]), truncated: true };
    await send({ type: 'snapshot', snapshot: cut });
    const result = (await stored()) as { status: string; findings: unknown[]; page: { title: string } };
    expect(result.status).toBe('too-large');
    expect(result.findings).toEqual([]);
    expect(result.page.title).toBe(cut.title);
    expect(await browser.action.getBadgeText({ tabId: TAB })).toBe('!');
    expect(warnings()).toMatch(/too large/);
  });
});
