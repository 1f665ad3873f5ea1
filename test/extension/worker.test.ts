import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import type { AuditResult } from '../../lib/schema/audit';
import { SNAPSHOT_LIMITS } from '../../lib/schema/snapshot';
import background from '../../entrypoints/background';
import { BADGE_COLORS } from '../../lib/extension/badge';
import { result, snapshot, URL_A } from './helpers';

// The engine is tested elsewhere; here it returns whatever each test needs.
const audit = vi.hoisted(() => ({ next: null as AuditResult | null }));
vi.mock('../../lib/pipeline', () => ({
  auditSnapshot: vi.fn(() => {
    if (!audit.next) throw new Error('no result prepared');
    return audit.next;
  }),
}));

const TAB = 7;
const fromTab = { id: fakeBrowser.runtime.id, tab: { id: TAB }, frameId: 0, url: URL_A } as never;
const fromPopup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') } as never;

// Chrome colours are RGBA arrays in fakeBrowser.
function rgba(hex: string): number[] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 255];
}

async function stored(tabId = TAB): Promise<unknown> {
  return (await browser.storage.session.get(`audit:${tabId}`))[`audit:${tabId}`];
}

/** The stored result carries the frames that were read (here only the top frame). */
const withFrames = (r: AuditResult | null, read = [URL_A], unread: string[] = []) => ({ ...r, frames: { read, unread } });

async function trigger(message: unknown, sender: unknown): Promise<unknown[]> {
  return fakeBrowser.runtime.onMessage.trigger(message, sender as never);
}

beforeEach(() => {
  fakeBrowser.reset();
  audit.next = null;
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  background.main(); // registers the worker's listeners on fakeBrowser
});

describe('snapshot messages', () => {
  it('stores the result and shows the error count in red', async () => {
    audit.next = result({ error: 7, warning: 1, needsReview: 3 });
    await trigger({ type: 'snapshot', snapshot: snapshot() }, fromTab);

    expect(await stored()).toEqual(withFrames(audit.next));
    expect(await browser.action.getBadgeText({ tabId: TAB })).toBe('7');
    expect(await browser.action.getBadgeBackgroundColor({ tabId: TAB })).toEqual(rgba(BADGE_COLORS.error));
    const title = await browser.action.getTitle({ tabId: TAB });
    expect(title).toContain('错误 7');
    expect(title).toContain('7 error(s)');
  });

  it('caps the badge at 99+', async () => {
    audit.next = result({ error: 120 });
    await trigger({ type: 'snapshot', snapshot: snapshot() }, fromTab);
    expect(await browser.action.getBadgeText({ tabId: TAB })).toBe('99+');
  });

  it('shows amber when there are only warnings, and a green check when clean', async () => {
    audit.next = result({ warning: 2 });
    await trigger({ type: 'snapshot', snapshot: snapshot() }, fromTab);
    expect(await browser.action.getBadgeText({ tabId: TAB })).toBe('0');
    expect(await browser.action.getBadgeBackgroundColor({ tabId: TAB })).toEqual(rgba(BADGE_COLORS.warning));

    audit.next = result();
    await trigger({ type: 'snapshot', snapshot: snapshot() }, fromTab);
    expect(await browser.action.getBadgeText({ tabId: TAB })).toBe('✓');
    expect(await browser.action.getBadgeBackgroundColor({ tabId: TAB })).toEqual(rgba(BADGE_COLORS.clean));
  });

  it('stores a page that is no report (for the popup) but shows no badge', async () => {
    audit.next = result({}, 'not-report');
    await trigger({ type: 'snapshot', snapshot: snapshot() }, fromTab);
    expect(await stored()).toEqual(withFrames(audit.next));
    expect(await browser.action.getBadgeText({ tabId: TAB })).toBe('');
  });

  it('rejects a snapshot that fails the schema and stores nothing', async () => {
    audit.next = result({ error: 1 });
    const bad = { ...snapshot(), items: [{ type: 'script', text: 'x' }] };
    await trigger({ type: 'snapshot', snapshot: bad }, fromTab);
    await trigger({ type: 'snapshot' }, fromTab);
    await trigger({ type: 'evil', snapshot: snapshot() }, fromTab);
    await trigger('snapshot', fromTab);
    expect(await stored()).toBeUndefined();
    expect(await browser.action.getBadgeText({ tabId: TAB })).toBe('');
    expect(console.warn).toHaveBeenCalled();
  });

  it('rejects an oversized message before parsing it', async () => {
    audit.next = result({ error: 1 });
    const big = snapshot();
    const text = '数'.repeat(SNAPSHOT_LIMITS.maxTextLength); // 3 bytes each in UTF-8
    const count = Math.ceil(SNAPSHOT_LIMITS.maxJsonBytes / (text.length * 3)) + 1;
    big.items = Array.from({ length: count }, (_, i) => ({ type: 'text' as const, text, selector: `p${i}`, tag: 'p' }));
    await trigger({ type: 'snapshot', snapshot: big }, fromTab);
    expect(await stored()).toBeUndefined();
    expect(vi.mocked(console.warn).mock.calls.flat().join(' ')).toMatch(/larger than/);
  });

  it('rejects a snapshot without sender.tab or from another extension', async () => {
    audit.next = result({ error: 1 });
    const msg = { type: 'snapshot', snapshot: snapshot() };
    await trigger(msg, { id: fakeBrowser.runtime.id });
    await trigger(msg, { id: 'someone-else', tab: { id: TAB } });
    expect(await stored()).toBeUndefined();
    expect(await browser.action.getBadgeText({ tabId: TAB })).toBe('');
  });

  it('reads the frames of a tab together and names the frames that never reported', async () => {
    const { auditSnapshot } = await import('../../lib/pipeline');
    audit.next = result({ error: 1 });
    const REPORT = 'http://www.example.gov.cn/nb/report.html';
    const ADS = 'https://ads.example.com/banner.html';
    await trigger({ type: 'snapshot', snapshot: snapshot(), childFrames: [REPORT, ADS] }, fromTab);
    await trigger({ type: 'snapshot', snapshot: snapshot(REPORT) }, { id: fakeBrowser.runtime.id, tab: { id: TAB }, frameId: 5 });
    // The second audit saw both frames' items, the child's tagged with its frame id.
    const merged = vi.mocked(auditSnapshot).mock.calls.at(-1)![0];
    expect(merged.url).toBe(URL_A);
    expect(merged.items.map((item) => item.frame)).toEqual([undefined, '5']);
    expect(await stored()).toEqual(withFrames(audit.next, [URL_A, REPORT], [ADS]));
  });

  it('rejects a child-frame list that is too long or not text', async () => {
    audit.next = result({ error: 1 });
    const many = Array.from({ length: 51 }, (_, i) => `http://www.example.gov.cn/f${i}.html`);
    await trigger({ type: 'snapshot', snapshot: snapshot(), childFrames: many }, fromTab);
    await trigger({ type: 'snapshot', snapshot: snapshot(), childFrames: [42] }, fromTab);
    expect(await stored()).toBeUndefined();
  });
});

describe('get-result', () => {
  it('answers the popup with the stored result, or null', async () => {
    expect((await trigger({ type: 'get-result', tabId: TAB }, fromPopup)).find(Boolean) ?? null).toBeNull();
    audit.next = result({ error: 2 });
    await trigger({ type: 'snapshot', snapshot: snapshot() }, fromTab);
    expect(await trigger({ type: 'get-result', tabId: TAB }, fromPopup)).toContainEqual(withFrames(audit.next));
  });

  it('does not answer a content script', async () => {
    audit.next = result({ error: 2 });
    await trigger({ type: 'snapshot', snapshot: snapshot() }, fromTab);
    expect((await trigger({ type: 'get-result', tabId: TAB }, fromTab)).filter(Boolean)).toEqual([]);
  });
});

function updated(change: { status?: string; url?: string }) {
  return fakeBrowser.tabs.onUpdated.trigger(TAB, change as never, {} as never);
}

describe('navigation', () => {
  beforeEach(async () => {
    audit.next = result({ error: 7 });
    await trigger({ type: 'snapshot', snapshot: snapshot() }, fromTab);
    expect(await browser.action.getBadgeText({ tabId: TAB })).toBe('7');
  });

  it('clears the badge and the stored result when the tab loads another page', async () => {
    await updated({ status: 'loading', url: 'http://www.example.gov.cn/other.html' });
    expect(await stored()).toBeUndefined();
    expect(await browser.action.getBadgeText({ tabId: TAB })).toBe('');
  });

  it('clears them on a reload (no URL in the change)', async () => {
    await updated({ status: 'loading' });
    expect(await stored()).toBeUndefined();
  });

  it('keeps them on a fragment change and on other updates', async () => {
    await updated({ status: 'loading', url: `${URL_A}#part2` });
    await updated({ status: 'complete' });
    expect(await stored()).toBeDefined();
    expect(await browser.action.getBadgeText({ tabId: TAB })).toBe('7');
  });

  it('forgets the tab when it closes', async () => {
    await fakeBrowser.tabs.onRemoved.trigger(TAB, { windowId: 1, isWindowClosing: false });
    expect(await stored()).toBeUndefined();
  });
});
