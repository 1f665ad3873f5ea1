// Thin content script: a cheap look first, then snapshot and send. Imports lib/snapshot only (no zod,
// no rules) to stay small on every *.gov.cn page. The popup may inject it again on any page under
// activeTab, after setting AUDIT_NOW_FLAG, to audit without the cheap check.
import { browser } from 'wxt/browser';
import { extractSnapshot, looksLikeReport } from '../lib/snapshot/index';
import { AUDIT_NOW_FLAG, SENT_FLAG, type SnapshotMessage } from '../lib/extension/protocol';

type Flags = { [AUDIT_NOW_FLAG]?: boolean; [SENT_FLAG]?: boolean };

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  main() {
    // The isolated world is shared by the manifest script and injected copies: flags live there.
    const flags = globalThis as typeof globalThis & Flags;
    const forced = flags[AUDIT_NOW_FLAG] === true;
    flags[AUDIT_NOW_FLAG] = false;
    if (flags[SENT_FLAG] && !forced) return; // injected twice: the first copy already reported
    if (!forced && !looksLikeReport(document)) return;
    flags[SENT_FLAG] = true;
    const message: SnapshotMessage = { type: 'snapshot', snapshot: extractSnapshot(document, { url: location.href }) };
    browser.runtime.sendMessage(message).catch((err: unknown) => {
      // The worker may be updating or gone; the popup offers a retry.
      console.warn('[nianbao] could not send the snapshot', err);
    });
  },
});
