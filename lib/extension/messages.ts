// The closed list of messages the worker accepts. Page content is hostile: every message is parsed
// here before anything else looks at it (anchors §4.2, §5).
import { z } from '../schema/zod';
import { PageSnapshotSchema } from '../schema/snapshot';
import type { ExtensionMessage } from './protocol';

export const SnapshotMessageSchema = z.object({
  type: z.literal('snapshot'),
  snapshot: PageSnapshotSchema,
});

export const GetResultMessageSchema = z.object({
  type: z.literal('get-result'),
  tabId: z.number().check(z.int(), z.nonnegative()),
});

export const MessageSchema = z.discriminatedUnion('type', [SnapshotMessageSchema, GetResultMessageSchema]);

export type ParsedMessage = z.infer<typeof MessageSchema>;

// Keep the zod schema and the zod-free protocol types (used by the content script) in step.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const protocolMatches: Same<ParsedMessage, ExtensionMessage> = true;
void protocolMatches;
