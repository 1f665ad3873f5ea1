// A report is sometimes inside a frame (or split across frames): each frame sends its own snapshot
// and the worker reads them as one page, top frame first, each item remembering its frame so that
// findings can be highlighted in the right document.
import type { PageSnapshot } from '../schema/snapshot';

export interface FrameSnapshot {
  /** The browser's frame id: 0 is the top frame. */
  frameId: number;
  snapshot: PageSnapshot;
}

export function mergeFrameSnapshots(frames: readonly FrameSnapshot[]): PageSnapshot | null {
  if (frames.length === 0) return null;
  const ordered = [...frames].sort((a, b) => a.frameId - b.frameId);
  const top = ordered.find((frame) => frame.frameId === 0) ?? ordered[0]!;
  const items = ordered.flatMap(({ frameId, snapshot }) =>
    // Top-frame items carry no frame (the locator default); child frames' items name theirs.
    snapshot.items.map((item) => (frameId === 0 || item.frame !== undefined ? item : { ...item, frame: String(frameId) })),
  );
  return {
    url: top.snapshot.url,
    title: top.snapshot.title || (ordered.find((frame) => frame.snapshot.title)?.snapshot.title ?? ''),
    publishedAt: ordered.map((frame) => frame.snapshot.publishedAt).find((date) => date !== null) ?? null,
    items,
    truncated: ordered.some((frame) => frame.snapshot.truncated),
  };
}
