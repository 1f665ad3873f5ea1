// One source of truth per tab: the worker writes the audit result to storage.session, the badge and
// the popup read it from there (anchors §0.5). Session storage survives worker restarts and is gone
// when the browser closes.
import { browser } from 'wxt/browser';
import type { AuditResult } from '../schema/audit';

export function resultKey(tabId: number): string {
  return `audit:${tabId}`;
}

export async function getStoredResult(tabId: number): Promise<AuditResult | null> {
  const key = resultKey(tabId);
  const items = await browser.storage.session.get(key);
  return (items[key] as AuditResult | undefined) ?? null;
}

export async function setStoredResult(tabId: number, result: AuditResult): Promise<void> {
  await browser.storage.session.set({ [resultKey(tabId)]: result });
}

export async function clearStoredResult(tabId: number): Promise<void> {
  await browser.storage.session.remove(resultKey(tabId));
}
