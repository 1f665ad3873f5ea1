// The user's settings in storage.local under one key, always read through resolveSettings so that a
// damaged or older value falls back to the defaults instead of breaking the audit.
import { browser } from 'wxt/browser';
import { resolveSettings, SettingsSchema, type Settings } from '../settings';

export const SETTINGS_KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const items = await browser.storage.local.get(SETTINGS_KEY);
  return resolveSettings(items[SETTINGS_KEY]);
}

/** Saves valid settings; returns false (and saves nothing) for anything SettingsSchema rejects. */
export async function saveSettings(settings: unknown): Promise<boolean> {
  const parsed = SettingsSchema.safeParse(settings);
  if (!parsed.success) return false;
  await browser.storage.local.set({ [SETTINGS_KEY]: parsed.data });
  return true;
}
