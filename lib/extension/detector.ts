// The manifest content script's whole job on every *.gov.cn page and frame: a cheap "is this a
// report?" look, and when it may be, one small message asking the worker to inject the extractor
// (which runs the exact check before it reads anything).
// Kept free of the WXT runtime, the WebExtension polyfill and the snapshot code so that a page that
// is no report pays well under a millisecond (issue 6).
import type { ReportDetectedMessage } from './protocol';

// The words of lib/snapshot/detect.ts, with any whitespace allowed between characters (that check
// removes whitespace first; this one does not copy the text).
const REPORT_WORD = /年\s*度\s*报\s*告|年\s*报/;
const DISCLOSURE_WORD = /政\s*府\s*信\s*息\s*公\s*开|政\s*务\s*公\s*开/;
/**
 * How much of the body's text to read. The extractor's exact check reads the first 20k characters of
 * rendered text; textContent also holds script and style text, so three times that leaves room for
 * inline scripts before the report.
 */
export const DETECT_SCAN_CHARS = 60_000;

/**
 * A looser, cheaper form of `looksLikeReport` (lib/snapshot/detect.ts): the title and the start of
 * the body's textContent, which the browser builds natively (the exact check walks the nodes in
 * script, several milliseconds on a page of links before the code is compiled). Says yes whenever the
 * exact check does, unless the words are split by script text or come after 60k characters of
 * text; it may say yes where the exact check says no, which the extractor then settles.
 */
export function mayBeReport(doc: Document): boolean {
  const title = doc.querySelector('title')?.textContent ?? '';
  // Most reports say so in their title: then the body (megabytes on some pages) is not read.
  if (hasBothWords(title)) return true;
  const body = (doc.body ?? doc.documentElement)?.textContent ?? '';
  return hasBothWords(`${title}\n${body.length > DETECT_SCAN_CHARS ? body.slice(0, DETECT_SCAN_CHARS) : body}`);
}

function hasBothWords(text: string): boolean {
  // One character of each word first: a native search, cheaper than the regexes on most pages.
  return text.includes('报') && text.includes('公') && REPORT_WORD.test(text) && DISCLOSURE_WORD.test(text);
}

/** The one runtime call the detector needs; `browser.runtime` (Firefox) and `chrome.runtime` both fit. */
export interface DetectorRuntime {
  sendMessage(message: ReportDetectedMessage): unknown;
}

/** Firefox's promise-based `browser` when present, else Chrome's `chrome`; null outside an extension. */
export function findRuntime(scope: { browser?: unknown; chrome?: unknown }): DetectorRuntime | null {
  for (const api of [scope.browser, scope.chrome]) {
    const runtime = (api as { runtime?: { id?: unknown; sendMessage?: unknown } } | undefined)?.runtime;
    if (runtime?.id && typeof runtime.sendMessage === 'function') return runtime as DetectorRuntime;
  }
  return null;
}

/** Runs the cheap check on `doc`; returns whether it asked for the extractor. */
export function detectReport(doc: Document, runtime: DetectorRuntime | null): boolean {
  if (!runtime || !mayBeReport(doc)) return false;
  const message: ReportDetectedMessage = { type: 'report-detected' };
  try {
    const sent = runtime.sendMessage(message);
    // Chrome's and Firefox's promise: the worker may be updating; the popup offers a retry.
    if (sent instanceof Promise) sent.catch((err: unknown) => console.warn('[nianbao] could not reach the worker', err));
  } catch (err) {
    console.warn('[nianbao] could not reach the worker', err);
  }
  return true;
}
