// A tab's frames each send their own snapshot (the content script runs in all frames). The worker
// keeps the latest snapshot of every frame in storage.session and audits them merged, so a report in
// a frame, or split over frames, reads as one page. Stateless like the rest of the worker.
import { browser } from 'wxt/browser';
import type { PageSnapshot } from '../schema/snapshot';
import type { FrameSnapshot } from '../snapshot/merge';

export interface TabFrames {
  /** Snapshots by frame id. */
  frames: Record<string, PageSnapshot>;
  /** Addresses of the top page's frames, as the top frame reported them. */
  childFrames: string[];
}

export function framesKey(tabId: number): string {
  return `frames:${tabId}`;
}

export async function getTabFrames(tabId: number): Promise<TabFrames> {
  const key = framesKey(tabId);
  const items = await browser.storage.session.get(key);
  return (items[key] as TabFrames | undefined) ?? { frames: {}, childFrames: [] };
}

/**
 * Records one frame's snapshot. A top-frame snapshot starts the tab afresh, keeping only the frames
 * it lists as its own (they may report first: each frame is detected and extracted on its own, so
 * the order in which they arrive is not the order of the page). A frame's snapshot replaces any
 * older one from the same address (a reloaded frame gets a new frame id).
 */
export async function putFrameSnapshot(
  tabId: number,
  frameId: number,
  snapshot: PageSnapshot,
  childFrames: string[] | undefined,
): Promise<TabFrames> {
  const previous = await getTabFrames(tabId);
  const listed = new Set((childFrames ?? []).map(withoutHash));
  const kept = Object.entries(previous.frames).filter(([id, other]) =>
    frameId === 0
      ? id !== '0' && listed.has(withoutHash(other.url))
      : id === '0' || (id !== String(frameId) && withoutHash(other.url) !== withoutHash(snapshot.url)));
  const next: TabFrames = {
    frames: { ...Object.fromEntries(kept), [String(frameId)]: snapshot },
    childFrames: frameId === 0 ? (childFrames ?? []) : previous.childFrames,
  };
  await browser.storage.session.set({ [framesKey(tabId)]: next });
  return next;
}

export async function clearTabFrames(tabId: number): Promise<void> {
  await browser.storage.session.remove(framesKey(tabId));
}

export function frameSnapshots(tab: TabFrames): FrameSnapshot[] {
  return Object.entries(tab.frames).map(([frameId, snapshot]) => ({ frameId: Number(frameId), snapshot }));
}

/** Which frames were read, and which of the top page's frames never sent anything. */
export function frameReport(tab: TabFrames): { read: string[]; unread: string[] } {
  const read = Object.entries(tab.frames)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([, snapshot]) => snapshot.url);
  const seen = new Set(read.map(withoutHash));
  const unread = tab.childFrames.filter((url) => !seen.has(withoutHash(url)));
  return { read, unread: [...new Set(unread)] };
}

export function withoutHash(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}
