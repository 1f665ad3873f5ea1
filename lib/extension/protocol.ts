// Message shapes as plain types, with no zod: the content script imports only these (as types),
// so its bundle stays free of zod and the rules. messages.ts holds the runtime schemas.
import type { PageSnapshot } from '../schema/snapshot';

export interface SnapshotMessage {
  type: 'snapshot';
  snapshot: PageSnapshot;
  /** From the top frame: the addresses of its frames, so the popup can name those never read. */
  childFrames?: string[];
}

export interface GetResultMessage {
  type: 'get-result';
  tabId: number;
}

/** Detector → worker: this frame looks like a report, inject the extractor into it. */
export interface ReportDetectedMessage {
  type: 'report-detected';
}

export type ExtensionMessage = SnapshotMessage | GetResultMessage | ReportDetectedMessage;

/** One place to outline on the page: a cell or a sentence, named by the rule that points at it. */
export interface HighlightTarget {
  selector: string;
  snippet: string;
  /** Shown in the small label beside the outline, e.g. "T3-02 表三总计…". */
  label: string;
  severity: 'error' | 'warning' | 'info';
  /** The frame holding it (a frame id as text); absent for the top frame. */
  frame?: string;
}

/** Popup → content script. `scroll` brings the first target into view. */
export interface HighlightMessage {
  type: 'highlight';
  targets: HighlightTarget[];
  scroll: boolean;
}

export interface ClearHighlightMessage {
  type: 'clear-highlight';
}

export type PageMessage = HighlightMessage | ClearHighlightMessage;

/** The content script's answer: how many targets it outlined and how many it could not find. */
export interface HighlightReply {
  found: number;
  missing: number;
}

/** Caps the content script enforces on its own (it has no zod); the popup's schema says the same. */
export const HIGHLIGHT_LIMITS = { maxTargets: 500, maxSelector: 2000, maxText: 200 } as const;
/** At most this many child-frame addresses travel with a snapshot. */
export const FRAME_LIMITS = { maxChildFrames: 50, maxUrl: 2000 } as const;

/** Set in the content script's isolated world by the popup before it injects the script. */
export const AUDIT_NOW_FLAG = '__nianbaoAuditNow';
/** Set by the content script once it has sent a snapshot, against double injection. */
export const SENT_FLAG = '__nianbaoSent';
/** Set once the highlight listener is registered, so that a second copy does not answer twice. */
export const LISTENING_FLAG = '__nianbaoListening';

/** The built extractor (entrypoints/extract.content.ts, WXT's output path), injected by popup and worker. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/extract.js';
