// What the popup needs from the browser: which tab, its stored result, an audit on demand, outlines
// on the page and the UI language.
import { browser } from 'wxt/browser';
import type { AuditResult } from '../schema/audit';
import { AUDIT_NOW_FLAG, CONTENT_SCRIPT_FILE, type GetResultMessage, type HighlightReply, type HighlightTarget } from './protocol';
import { HighlightReplySchema, PageMessageSchema } from './messages';
import { loadSettings } from './settings-store';
import { resolveLang, type Lang } from '../i18n';
import { resultKey } from './store';

/** `?tabId=N` (used when the popup is opened by URL, as in the browser test), else the active tab. */
export async function findTabId(search: string): Promise<number | null> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export async function requestResult(tabId: number): Promise<AuditResult | null> {
  const message: GetResultMessage = { type: 'get-result', tabId };
  const reply = (await browser.runtime.sendMessage(message)) as AuditResult | null | undefined;
  return reply ?? null;
}

/**
 * Runs the content script in the tab without its cheap "is this a report?" check. Needs activeTab
 * (the user opened the popup) or host access; rejects on pages no extension may script (chrome://, the
 * Web Store, PDF viewer…).
 */
export async function auditNow(tabId: number): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId },
    func: (flag: string) => {
      (globalThis as Record<string, unknown>)[flag] = true;
    },
    args: [AUDIT_NOW_FLAG],
  });
  // Frames we may script (same origin under activeTab) look for a report too.
  await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_SCRIPT_FILE] });
}

/** Resolves with the result once the worker stores one for the tab, or null after `timeoutMs`. */
export function waitForResult(tabId: number, timeoutMs: number): Promise<AuditResult | null> {
  const key = resultKey(tabId);
  return new Promise((resolve) => {
    const done = (value: AuditResult | null) => {
      clearTimeout(timer);
      browser.storage.session.onChanged.removeListener(onChanged);
      resolve(value);
    };
    const onChanged = (changes: Record<string, { newValue?: unknown }>) => {
      const change = changes[key];
      if (change?.newValue) done(change.newValue as AuditResult);
    };
    const timer = setTimeout(() => done(null), timeoutMs);
    browser.storage.session.onChanged.addListener(onChanged);
  });
}

/**
 * Asks the page to outline `targets` (validated here: the content script has no zod), each frame
 * its own: targets name their frame, and each frame's content script outlines in its document.
 */
export async function highlightInTab(tabId: number, targets: HighlightTarget[], scroll: boolean): Promise<HighlightReply> {
  const byFrame = new Map<number, HighlightTarget[]>();
  for (const target of targets) {
    const frameId = target.frame === undefined ? 0 : Number(target.frame);
    byFrame.set(frameId, [...(byFrame.get(frameId) ?? []), target]);
  }
  if (byFrame.size === 0) byFrame.set(0, []);
  const total: HighlightReply = { found: 0, missing: 0 };
  let first = true;
  for (const [frameId, frameTargets] of byFrame) {
    const message = PageMessageSchema.parse({ type: 'highlight', targets: frameTargets, scroll: scroll && first });
    first = false;
    const reply = HighlightReplySchema.parse(await browser.tabs.sendMessage(tabId, message, { frameId }));
    total.found += reply.found;
    total.missing += reply.missing;
  }
  return total;
}

export async function clearHighlightInTab(tabId: number): Promise<void> {
  await browser.tabs.sendMessage(tabId, PageMessageSchema.parse({ type: 'clear-highlight' }));
}

/** The UI language: the options page's choice, else the browser's. */
export async function loadUiLang(): Promise<Lang> {
  const settings = await loadSettings();
  return resolveLang(settings.language, navigator.language);
}
