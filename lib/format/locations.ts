// Names table cells by their row and column headers ("（七）总计 / 自然人"), so that a reviewer reads
// where a finding is rather than a bare "0". Works on the snapshot the worker already has.
import type { AuditResult, Locator, PageSnapshot, SnapshotTable } from '../schema';

const MAX_LABEL = 200;
/** Cells that hold a value rather than a heading: numbers, blanks and the "—", "/", "无" marks. */
const VALUE_TEXT = /^[\s\d.,，。%％—–\-/／\\无]*$/;

interface Slot {
  table: SnapshotTable;
  row: number;
  column: number;
}

function isHeading(table: SnapshotTable, index: number): boolean {
  const cell = table.cells[index];
  return cell !== undefined && !VALUE_TEXT.test(cell.text);
}

/** Up to `limit` distinct heading texts met walking from (row, column) towards the table edge. */
function headingsAlong(table: SnapshotTable, slots: number[], limit: number): string[] {
  const found: string[] = [];
  const seen = new Set<number>();
  for (const index of slots) {
    if (found.length >= limit) break;
    if (index < 0 || seen.has(index)) continue;
    seen.add(index);
    if (isHeading(table, index)) found.push(table.cells[index]?.text ?? '');
  }
  return found.reverse();
}

function labelOf({ table, row, column }: Slot): string | null {
  const own = table.grid[row]?.[column] ?? -1;
  const leftward = (table.grid[row] ?? []).slice(0, column).reverse().filter((i) => i !== own);
  const upward: number[] = [];
  for (let r = row - 1; r >= 0; r -= 1) {
    const index = table.grid[r]?.[column] ?? -1;
    // A cell spanning into our row from above is the row's own label column, not a header.
    if (index !== own) upward.push(index);
  }
  const rowName = headingsAlong(table, leftward, 2).join('·');
  const columnName = headingsAlong(table, upward, 2).join('·');
  if (!rowName && !columnName) return null;
  const label = rowName && columnName ? `${rowName} / ${columnName}` : rowName || columnName;
  return label.slice(0, MAX_LABEL);
}

/** Selector → the first grid slot of that cell, for every table cell of the snapshot. */
function slotsBySelector(snapshot: PageSnapshot): Map<string, Slot> {
  const slots = new Map<string, Slot>();
  for (const item of snapshot.items) {
    if (item.type !== 'table') continue;
    item.grid.forEach((cells, row) =>
      cells.forEach((index, column) => {
        const selector = item.cells[index]?.selector;
        if (selector !== undefined && !slots.has(selector)) slots.set(selector, { table: item, row, column });
      }),
    );
  }
  return slots;
}

/** The result with every table-cell locator named; other locators and labels already set are kept. */
export function nameLocations(result: AuditResult, snapshot: PageSnapshot): AuditResult {
  if (result.findings.length === 0) return result;
  const slots = slotsBySelector(snapshot);
  const cache = new Map<string, string | null>();
  const name = (locator: Locator): Locator => {
    if (locator.label !== undefined || locator.frame !== undefined) return locator;
    const slot = slots.get(locator.selector);
    if (!slot) return locator;
    if (!cache.has(locator.selector)) cache.set(locator.selector, labelOf(slot));
    const label = cache.get(locator.selector);
    return label ? { ...locator, label } : locator;
  };
  return { ...result, findings: result.findings.map((f) => ({ ...f, locators: f.locators.map(name) })) };
}

/** How a locator is named in the UI and exports: its cell label, else its text. */
export function locationText(locator: Locator): string {
  if (locator.label) return locator.snippet ? `${locator.label}（${locator.snippet}）` : locator.label;
  return locator.snippet;
}
