// The worker audits with the settings the options page saved, and the badge matches the stored result.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import type { AuditResult } from '../../lib/schema/audit';
import background from '../../entrypoints/background';
import { BADGE_COLORS } from '../../lib/extension/badge';
import { loadSettings, saveSettings, SETTINGS_KEY } from '../../lib/extension/settings-store';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { result, snapshot } from './helpers';

const audit = vi.hoisted(() => ({ next: null as AuditResult | null, calls: [] as unknown[] }));
vi.mock('../../lib/pipeline', () => ({
  auditSnapshot: vi.fn((_snapshot: unknown, options: unknown) => {
    audit.calls.push(options);
    if (!audit.next) throw new Error('no result prepared');
    return audit.next;
  }),
}));

const TAB = 9;
const fromTab = { id: fakeBrowser.runtime.id, tab: { id: TAB }, frameId: 0 } as never;

function rgba(hex: string): number[] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 255];
}

const custom: Settings = {
  ...DEFAULT_SETTINGS,
  language: 'en',
  deadlines: { ...DEFAULT_SETTINGS.deadlines, township: { warnAfter: '02-15', errorAfter: '04-30' } },
};

beforeEach(() => {
  fakeBrowser.reset();
  audit.next = null;
  audit.calls = [];
  background.main();
});

describe('settings', () => {
  it('passes the saved settings to the audit, and the defaults when none are saved', async () => {
    audit.next = result({ error: 1 });
    await fakeBrowser.runtime.onMessage.trigger({ type: 'snapshot', snapshot: snapshot() }, fromTab);
    expect(audit.calls.at(-1)).toEqual({ settings: DEFAULT_SETTINGS });

    expect(await saveSettings(custom)).toBe(true);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'snapshot', snapshot: snapshot() }, fromTab);
    expect(audit.calls.at(-1)).toEqual({ settings: custom });
  });

  it('refuses to save invalid settings and reads damaged ones as the defaults', async () => {
    const bad = { ...custom, deadlines: { ...custom.deadlines, city: { warnAfter: null, errorAfter: '13-01' } } };
    expect(await saveSettings(bad)).toBe(false);
    expect((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toBeUndefined();
    await browser.storage.local.set({ [SETTINGS_KEY]: { language: 'fr', deadlines: 'x' } });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('badge for a partial reading', () => {
  it('is grey with the error count, and says so in the tooltip', async () => {
    const partial = result({ error: 2, warning: 1 });
    partial.reading.partial = true;
    audit.next = partial;
    await fakeBrowser.runtime.onMessage.trigger({ type: 'snapshot', snapshot: snapshot() }, fromTab);
    expect(await browser.action.getBadgeText({ tabId: TAB })).toBe('2');
    expect(await browser.action.getBadgeBackgroundColor({ tabId: TAB })).toEqual(rgba(BADGE_COLORS.partial));
    const title = await browser.action.getTitle({ tabId: TAB });
    expect(title).toContain('错误 2 · 警告 1 · 需复核 0');
    expect(title).toContain('页面未能完整读取');
  });
});
