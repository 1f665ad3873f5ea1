// The closed list of messages the worker accepts, and of those the popup sends to the page. Page
// content is hostile: every message is parsed here before anything else looks at it (anchors §4.2, §5).
import { z } from '../schema/zod';
import { PageSnapshotSchema } from '../schema/snapshot';
import { FRAME_LIMITS, HIGHLIGHT_LIMITS, type ExtensionMessage, type PageMessage } from './protocol';

export const SnapshotMessageSchema = z.object({
  type: z.literal('snapshot'),
  snapshot: PageSnapshotSchema,
  childFrames: z.optional(
    z.array(z.string().check(z.maxLength(FRAME_LIMITS.maxUrl))).check(z.maxLength(FRAME_LIMITS.maxChildFrames)),
  ),
});

export const GetResultMessageSchema = z.object({
  type: z.literal('get-result'),
  tabId: z.number().check(z.int(), z.nonnegative()),
});

export const ReportDetectedMessageSchema = z.object({ type: z.literal('report-detected') });

export const MessageSchema = z.discriminatedUnion('type', [SnapshotMessageSchema, GetResultMessageSchema, ReportDetectedMessageSchema]);

export type ParsedMessage = z.infer<typeof MessageSchema>;

const HighlightTargetSchema = z.object({
  selector: z.string().check(z.minLength(1), z.maxLength(HIGHLIGHT_LIMITS.maxSelector)),
  snippet: z.string().check(z.maxLength(HIGHLIGHT_LIMITS.maxText)),
  label: z.string().check(z.maxLength(HIGHLIGHT_LIMITS.maxText)),
  severity: z.enum(['error', 'warning', 'info']),
  frame: z.optional(z.string().check(z.maxLength(20))),
});

export const PageMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('highlight'),
    targets: z.array(HighlightTargetSchema).check(z.maxLength(HIGHLIGHT_LIMITS.maxTargets)),
    scroll: z.boolean(),
  }),
  z.object({ type: z.literal('clear-highlight') }),
]);

export const HighlightReplySchema = z.object({
  found: z.number().check(z.int(), z.nonnegative()),
  missing: z.number().check(z.int(), z.nonnegative()),
});

// Keep the zod schemas and the zod-free protocol types (used by the content script) in step.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const protocolMatches: Same<ParsedMessage, ExtensionMessage> = true;
const pageProtocolMatches: Same<z.infer<typeof PageMessageSchema>, PageMessage> = true;
void protocolMatches;
void pageProtocolMatches;
