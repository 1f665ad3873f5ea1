// Message shapes as plain types, with no zod: the content script imports only these (as types),
// so its bundle stays free of zod and the rules. messages.ts holds the runtime schema.
import type { PageSnapshot } from '../schema/snapshot';

export interface SnapshotMessage {
  type: 'snapshot';
  snapshot: PageSnapshot;
}

export interface GetResultMessage {
  type: 'get-result';
  tabId: number;
}

export type ExtensionMessage = SnapshotMessage | GetResultMessage;

/** Set in the content script's isolated world by the popup before it injects the script. */
export const AUDIT_NOW_FLAG = '__nianbaoAuditNow';
/** Set by the content script once it has sent a snapshot, against double injection. */
export const SENT_FLAG = '__nianbaoSent';

/** Where the popup finds the built content script (WXT's output path). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';
