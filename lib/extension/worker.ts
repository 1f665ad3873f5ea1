// The worker's logic, apart from the entrypoint so that tests can drive it with fakeBrowser.
// Stateless by design (MV3 workers stop when idle): everything lives in storage.session.
import { browser, type Browser } from 'wxt/browser';
import { SNAPSHOT_LIMITS } from '../schema/snapshot';
import { auditSnapshot } from '../pipeline';
import type { AuditResult } from '../schema/audit';
import { MessageSchema } from './messages';
import { applyBadge } from './badge';
import { clearStoredResult, getStoredResult, setStoredResult } from './store';
import { loadSettings } from './settings-store';
import { nameLocations } from '../format/locations';
import { mergeFrameSnapshots } from '../snapshot/merge';
import { clearTabFrames, frameReport, frameSnapshots, putFrameSnapshot, withoutHash } from './frames';
import { CONTENT_SCRIPT_FILE } from './protocol';

type Sender = Browser.runtime.MessageSender;

/** Byte length of the message as JSON, or Infinity when it cannot be serialised or is too big. */
export function jsonBytes(message: unknown, max: number): number {
  let json: string | undefined;
  try {
    json = JSON.stringify(message);
  } catch {
    return Infinity;
  }
  if (json === undefined) return 0;
  // A UTF-16 unit is at least one UTF-8 byte: skip encoding what is already too long.
  if (json.length > max) return Infinity;
  return new TextEncoder().encode(json).length;
}

function fromOwnExtension(sender: Sender): boolean {
  return sender.id === browser.runtime.id;
}

function fromExtensionPage(sender: Sender): boolean {
  return fromOwnExtension(sender) && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

/**
 * Handles one runtime message. Returns a promise of the reply for messages that get one
 * (`get-result`), undefined otherwise, so other listeners stay free to answer.
 */
export function handleMessage(message: unknown, sender: Sender): Promise<AuditResult | null | void> | undefined {
  if (!fromOwnExtension(sender)) {
    console.warn('[nianbao] message from another extension ignored');
    return undefined;
  }
  if (jsonBytes(message, SNAPSHOT_LIMITS.maxJsonBytes) > SNAPSHOT_LIMITS.maxJsonBytes) {
    console.warn(`[nianbao] message rejected: larger than ${SNAPSHOT_LIMITS.maxJsonBytes} bytes`);
    return undefined;
  }
  const parsed = MessageSchema.safeParse(message);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
    console.warn('[nianbao] message rejected:', issues.join('; '));
    return undefined;
  }
  const msg = parsed.data;
  switch (msg.type) {
    case 'snapshot': {
      const tabId = sender.tab?.id;
      if (tabId === undefined || tabId < 0) {
        console.warn('[nianbao] snapshot rejected: not sent from a tab');
        return undefined;
      }
      // Every frame reports its own snapshot; the tab's frames are audited together, one at a time
      // (frames of one page report at once, and each audit reads what the previous one stored).
      return inTurn(tabId, () => storeAudit(tabId, sender.frameId ?? 0, msg.snapshot, msg.childFrames));
    }
    case 'report-detected': {
      const tabId = sender.tab?.id;
      if (tabId === undefined || tabId < 0) {
        console.warn('[nianbao] report-detected rejected: not sent from a tab');
        return undefined;
      }
      return injectExtractor(tabId, sender.frameId ?? 0);
    }
    case 'get-result':
      if (!fromExtensionPage(sender)) {
        console.warn('[nianbao] get-result rejected: not from an extension page');
        return undefined;
      }
      return getStoredResult(msg.tabId);
  }
}

/** The detector saw a report in this frame: run the extractor there (host access to *.gov.cn). */
async function injectExtractor(tabId: number, frameId: number): Promise<void> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [CONTENT_SCRIPT_FILE] });
  } catch (err) {
    // The frame navigated away or closed meanwhile; nothing to audit.
    console.warn('[nianbao] could not inject the extractor', err);
  }
}

// Only orders work while the worker is awake; nothing of record lives here.
const turns = new Map<number, Promise<void>>();

function inTurn(tabId: number, work: () => Promise<void>): Promise<void> {
  const next = (turns.get(tabId) ?? Promise.resolve()).then(work, work);
  turns.set(tabId, next);
  void next.finally(() => {
    if (turns.get(tabId) === next) turns.delete(tabId);
  });
  return next;
}

async function storeAudit(
  tabId: number,
  frameId: number,
  frameSnapshot: Parameters<typeof auditSnapshot>[0],
  childFrames: string[] | undefined,
): Promise<void> {
  let result: AuditResult;
  const settings = await loadSettings();
  try {
    const tab = await putFrameSnapshot(tabId, frameId, frameSnapshot, childFrames);
    const snapshot = mergeFrameSnapshots(frameSnapshots(tab)) ?? frameSnapshot;
    // The pipeline refuses a snapshot cut short at a cap (status 'too-large'): say so in the log too.
    const audited = auditSnapshot(snapshot, { settings });
    if (audited.status === 'too-large') {
      console.warn(`[nianbao] page too large to audit: ${snapshot.items.length} items read before a cap`);
    }
    result = { ...nameLocations(audited, snapshot), frames: frameReport(tab) };
  } catch (err) {
    // The engine should be total; if it is not, say so rather than show a stale badge.
    console.error('[nianbao] audit failed', err);
    await forgetTab(tabId);
    return;
  }
  await setStoredResult(tabId, result);
  await applyBadge(tabId, result);
}

async function forgetTab(tabId: number): Promise<void> {
  await clearStoredResult(tabId);
  await clearTabFrames(tabId);
  await applyBadge(tabId, null);
}


/**
 * A tab started loading: a new document (or a reload) makes the stored result stale. A fragment
 * change on the same document keeps it. Without the tabs permission `url` is only present for
 * pages we have host access to, so a load without a URL counts as a new document.
 */
export async function handleTabUpdated(tabId: number, change: { status?: string; url?: string }): Promise<void> {
  if (change.status !== 'loading') return;
  const stored = await getStoredResult(tabId);
  if (stored && change.url !== undefined && withoutHash(change.url) === withoutHash(stored.page.url)) return;
  await forgetTab(tabId);
}

export async function handleTabRemoved(tabId: number): Promise<void> {
  await clearStoredResult(tabId);
  await clearTabFrames(tabId);
}
