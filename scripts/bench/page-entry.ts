// Bundled by the benchmark into one IIFE and injected into each page: the engine (b) and the floor (a)
// as globals the runner calls with page.evaluate.
import { extractSnapshot, looksLikeReport } from '../../lib/snapshot/index';
import { auditSnapshot } from '../../lib/pipeline';
import { mayBeReport } from '../../lib/extension/detector';

/** The floor any scraper pays: one walk over the text nodes, summing their lengths. */
function floorWalk(): number {
  const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
  let total = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) total += node.nodeValue?.length ?? 0;
  return total;
}

/** Extract + parse + audit, returning something cheap so the result cannot be optimised away. */
function engine(): number {
  const result = auditSnapshot(extractSnapshot(document, { url: location.href }));
  return result.findings.length + result.passed.length;
}

/** The extraction alone (DOM → snapshot), to split (b) into its browser half and its plain-data half. */
function extractOnly(): number {
  return extractSnapshot(document, { url: location.href }).items.length;
}

/**
 * ms per call of `fn`: calls it in batches of at least `minMs / BATCHES` each (page timers are
 * coarse) and keeps the fastest batch's average, the figure least disturbed by GC and other load.
 */
const BATCHES = 5;
function perCall(fn: () => unknown, minMs: number): { ms: number; runs: number } {
  fn(); // warm-up: compile and first-touch caches
  let best = Infinity;
  let runs = 0;
  for (let batch = 0; batch < BATCHES; batch += 1) {
    let calls = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < minMs / BATCHES) {
      fn();
      calls += 1;
      elapsed = performance.now() - start;
    }
    runs += calls;
    best = Math.min(best, elapsed / calls);
  }
  return { ms: best, runs };
}

function summary() {
  const result = auditSnapshot(extractSnapshot(document, { url: location.href }));
  return { status: result.status, errors: result.counts.error, findings: result.findings.length };
}

/**
 * Evaluates the built content script as an inline script (which runs synchronously on insertion):
 * the first time (parse + compile + run + main) and then repeatedly (compiled code cached).
 */
function timeScript(
  code: string,
  minMs: number,
  withBrowserGlobal: boolean,
): { firstEvalMs: number; repeatEvalMs: number; cheapCheckMs: number } {
  // The detector needs chrome.runtime.id to find a runtime; sendMessage is never reached on a page that is no report.
  const runtime = { id: 'bench', sendMessage: () => Promise.resolve() };
  Object.assign(globalThis, { chrome: { runtime } });
  // With a `browser` global (Firefox; Chrome has none) the detector takes that runtime instead.
  if (withBrowserGlobal) Object.assign(globalThis, { browser: { runtime } });
  const run = () => {
    const script = document.createElement('script');
    script.textContent = code;
    document.head.append(script);
    script.remove();
  };
  const t0 = performance.now();
  run();
  const firstEvalMs = performance.now() - t0;
  const repeat = perCall(run, minMs);
  // The detector's own check (the extractor's exact looksLikeReport runs only where this says yes).
  const cheap = perCall(() => mayBeReport(document), minMs);
  return { firstEvalMs, repeatEvalMs: repeat.ms, cheapCheckMs: cheap.ms };
}

Object.assign(globalThis, { __bench: { floorWalk, engine, extractOnly, perCall, summary, looksLikeReport, timeScript } });
