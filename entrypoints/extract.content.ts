// The extractor: snapshot and send, and outlines on the page when the popup asks. Not in the manifest:
// the worker injects it into a frame whose detector (entrypoints/detect.ts) saw a report, and the
// popup injects it on any page under activeTab, after setting AUDIT_NOW_FLAG, to audit without the
// cheap check. Imports lib/snapshot and the zod-free protocol only, to stay small.
import { browser } from 'wxt/browser';
import { extractSnapshot, looksLikeReport } from '../lib/snapshot/index';
import { AUDIT_NOW_FLAG, FRAME_LIMITS, LISTENING_FLAG, SENT_FLAG, type SnapshotMessage } from '../lib/extension/protocol';
import { createHighlighter, isPageMessage } from '../lib/extension/highlighter';

type Flags = { [AUDIT_NOW_FLAG]?: boolean; [SENT_FLAG]?: boolean; [LISTENING_FLAG]?: boolean };

function listenForHighlights(): void {
  const highlighter = createHighlighter(document);
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id || !isPageMessage(message)) return undefined;
    if (message.type === 'clear-highlight') {
      highlighter.clear();
      return Promise.resolve({ found: 0, missing: 0 });
    }
    return Promise.resolve(highlighter.show(message.targets, message.scroll));
  });
}

/** The top page's frames, so the popup can say which were never read (cross-origin, not scriptable). */
function childFrameUrls(): string[] {
  const urls: string[] = [];
  for (const frame of document.querySelectorAll<HTMLIFrameElement | HTMLFrameElement>('iframe[src], frame[src]')) {
    const url = frame.src;
    if (/^https?:/.test(url) && url.length <= FRAME_LIMITS.maxUrl) urls.push(url);
    if (urls.length >= FRAME_LIMITS.maxChildFrames) break;
  }
  return urls;
}

export default defineContentScript({
  // Injected on demand only (the host permission it implies is the one we already have).
  registration: 'runtime',
  matches: ['*://*.gov.cn/*'],
  main() {
    // The isolated world is shared by the manifest script and injected copies: flags live there.
    const flags = globalThis as typeof globalThis & Flags;
    if (!flags[LISTENING_FLAG]) {
      flags[LISTENING_FLAG] = true;
      listenForHighlights();
    }
    const isTop = window.top === window;
    // The popup's "audit this page" forces the top frame only; frames keep the cheap check.
    const forced = flags[AUDIT_NOW_FLAG] === true && isTop;
    flags[AUDIT_NOW_FLAG] = false;
    if (flags[SENT_FLAG] && !forced) return; // injected twice: the first copy already reported
    if (!forced && !looksLikeReport(document)) return;
    flags[SENT_FLAG] = true;
    const message: SnapshotMessage = { type: 'snapshot', snapshot: extractSnapshot(document, { url: location.href }) };
    if (isTop) message.childFrames = childFrameUrls();
    browser.runtime.sendMessage(message).catch((err: unknown) => {
      // The worker may be updating or gone; the popup offers a retry.
      console.warn('[nianbao] could not send the snapshot', err);
    });
  },
});
