// Page → PageSnapshot: the browser-free first stage of the engine (extract → parse → rules).
import type { PageSnapshot, SnapshotItem, SnapshotTable } from '../schema/snapshot';
import { walkPage } from './extract';
import { SNAPSHOT_LIMITS } from '../schema/limits';
import { pageTitle, publishedAtFromMeta, publishedAtFromText } from './meta';

export { looksLikeReport } from './detect';
export { snapshotFromText } from './text';
export { normalizeLine, normalizeText } from './normalize';
export { cellText, isDataTable, readTable, type TableReading } from './table';
export { cssPathOf } from './dom';
export { publishedAtFromText } from './meta';

export interface ExtractOptions {
  url?: string;
  /** Frame path of the document ("0" is the top frame); omitted for the top frame. */
  frame?: string;
}

/** How much of the page top is searched for a "发布时间：…" line. */
const DATE_SCAN_CHARS = 20_000;
const DATE_LABEL_CELL = /^(?:发布|公开|发表)?(?:时间|日期):?$/;

/** A date in a small info table: a "发布日期" cell followed by the date cell. */
function publishedAtInTable(table: SnapshotTable): string | null {
  for (const row of table.grid) {
    for (let c = 0; c < row.length; c += 1) {
      const cell = table.cells[row[c] ?? -1];
      if (!cell) continue;
      const inline = publishedAtFromText(cell.text);
      if (inline) return inline;
      if (!DATE_LABEL_CELL.test(cell.text)) continue;
      const next = row.slice(c + 1).find((index) => index !== row[c]);
      const value = next === undefined ? undefined : table.cells[next];
      if (value) {
        const found = publishedAtFromText(`发布时间:${value.text}`);
        if (found) return found;
      }
    }
  }
  return null;
}

function publishedAtInItems(items: readonly SnapshotItem[]): string | null {
  let scanned = 0;
  for (const item of items) {
    if (scanned > DATE_SCAN_CHARS) break;
    if (item.type === 'text') {
      scanned += item.text.length;
      const found = publishedAtFromText(item.text);
      if (found) return found;
    } else {
      scanned += item.cells.reduce((sum, cell) => sum + cell.text.length, 0);
      const found = publishedAtInTable(item);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Every <p> becomes an item, so more <p>s than the item cap means the walk would stop at the cap;
 * twice the table cap in <table>s leaves more data tables than the cap even if half were layout.
 */
function certainlyTooLarge(root: Element): boolean {
  return (
    root.getElementsByTagName('p').length > SNAPSHOT_LIMITS.maxItems ||
    root.getElementsByTagName('table').length > 2 * SNAPSHOT_LIMITS.maxTables
  );
}

/**
 * Reduces a page to plain data in one pass over the body: text blocks and data tables in reading
 * order, the title and the publication date. Uses standard DOM methods only (browsers, linkedom).
 */
export function extractSnapshot(doc: Document, options: ExtractOptions = {}): PageSnapshot {
  const root = doc.body ?? doc.documentElement;
  // A page certain to go past a cap is refused before the walk: the answer is the same, at once.
  const { items, truncated } = !root ? { items: [], truncated: false } : certainlyTooLarge(root) ? { items: [], truncated: true } : walkPage(root);
  const snapshot: PageSnapshot = {
    url: (options.url ?? '').slice(0, 4000),
    title: pageTitle(doc),
    publishedAt: publishedAtFromMeta(doc) ?? publishedAtInItems(items),
    items,
    truncated,
  };
  if (options.frame !== undefined) snapshot.frame = options.frame.slice(0, 200);
  return snapshot;
}
export { mergeFrameSnapshots, type FrameSnapshot } from './merge';
