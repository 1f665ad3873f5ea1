// The manifest content script (listed in wxt.config.ts, every *.gov.cn frame): an unlisted script,
// so it carries no WXT content-script context and no polyfill. Logic in lib/extension/detector.ts.
import { detectReport, findRuntime } from '../lib/extension/detector';

export default defineUnlistedScript(() => {
  detectReport(document, findRuntime(globalThis as { browser?: unknown; chrome?: unknown }));
});
