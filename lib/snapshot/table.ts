// HTML tables as rectangular grids, with rowspan/colspan expanded the way browsers lay them out.
import type { SnapshotCell } from '../schema/snapshot';
import { SNAPSHOT_LIMITS } from '../schema/limits';
import {
  ELEMENT_NODE, TypeCounter, isHidden, MAX_SELECTOR, collectText, joinPath, pathStep, pathStepsOf, tagOf,
} from './dom';
import { normalizeText } from './normalize';

/** Spans beyond these are hostile or broken markup (browsers cap colspan at 1000 too). */
export const MAX_COL_SPAN = 1000;
export const MAX_ROW_SPAN = 1000;
/** Slots (rows × columns) one grid may hold; guards against colspan=1000 on thousands of rows. */
export const MAX_GRID_SLOTS = 250_000;
/** Raw characters gathered per cell before normalisation (normalising shrinks whitespace runs). */
const RAW_TEXT_CAP = SNAPSHOT_LIMITS.maxTextLength * 4;

interface SourceRow {
  element: Element;
  steps: string[];
}

/** Rows of a table split into row groups; `rowspan=0` reaches to the end of its group. */
type RowGroup = SourceRow[];

function elementChildren(node: Node): Element[] {
  const children: Element[] = [];
  // Indexed access: Array.from over a live NodeList was the extractor's costliest line in Chromium.
  const nodes = node.childNodes;
  for (let i = 0; i < nodes.length; i += 1) {
    const child = nodes[i] as Node;
    if (child.nodeType === ELEMENT_NODE) children.push(child as Element);
  }
  return children;
}

/** The table's row groups in layout order: thead/tbody/runs of bare `<tr>` in tree order, tfoot last. */
function rowGroupsOf(table: Element, tableSteps: readonly string[]): RowGroup[] {
  const groups: RowGroup[] = [];
  const footers: RowGroup[] = [];
  const counter = new TypeCounter();
  let bareRun: RowGroup | null = null;
  for (const child of elementChildren(table)) {
    const tag = tagOf(child);
    const index = counter.next(tag);
    if (tag === 'tr') {
      if (isHidden(child)) continue;
      if (!bareRun) {
        bareRun = [];
        groups.push(bareRun);
      }
      bareRun.push({ element: child, steps: [...tableSteps, pathStep(tag, index)] });
      continue;
    }
    if (tag !== 'thead' && tag !== 'tbody' && tag !== 'tfoot') continue;
    bareRun = null;
    if (isHidden(child)) continue;
    const groupSteps = [...tableSteps, pathStep(tag, index)];
    const group: RowGroup = [];
    const rowCounter = new TypeCounter();
    for (const row of elementChildren(child)) {
      const rowTag = tagOf(row);
      const rowIndex = rowCounter.next(rowTag);
      if (rowTag === 'tr' && !isHidden(row)) group.push({ element: row, steps: [...groupSteps, pathStep(rowTag, rowIndex)] });
    }
    (tag === 'tfoot' ? footers : groups).push(group);
  }
  return [...groups, ...footers];
}

function cellsOf(row: SourceRow): { element: Element; selector: string }[] {
  const cells: { element: Element; selector: string }[] = [];
  const counter = new TypeCounter();
  // The row's path joined once; joinPath (which cuts over-long paths) only when the cell's would not fit.
  const rowPath = row.steps.join('>');
  for (const child of elementChildren(row.element)) {
    const tag = tagOf(child);
    const index = counter.next(tag);
    if ((tag === 'td' || tag === 'th') && !isHidden(child)) {
      const step = pathStep(tag, index);
      const fits = row.steps.length > 0 && rowPath.length + 1 + step.length <= MAX_SELECTOR;
      const selector = fits ? `${rowPath}>${step}` : joinPath([...row.steps, step]);
      cells.push({ element: child, selector });
    }
  }
  return cells;
}

function countCells(table: Element): number {
  let count = 0;
  for (const group of rowGroupsOf(table, [])) {
    for (const row of group) {
      for (const child of elementChildren(row.element)) {
        const tag = tagOf(child);
        if (tag === 'td' || tag === 'th') count += 1;
        if (count > 1) return count;
      }
    }
  }
  return count;
}

/** A data table holds no nested table and more than one cell; anything else is page layout. */
export function isDataTable(table: Element): boolean {
  return table.querySelector('table') === null && countCells(table) > 1;
}

/** Text of a cell: descendant text, with block boundaries (several `<p>` in one cell) as spaces. */
export function cellText(cell: Element): string {
  return normalizeText(collectText(cell, ' ', RAW_TEXT_CAP));
}

function spanAttribute(cell: Element, name: string, fallback: number, min: number, max: number): number {
  const raw = cell.getAttribute(name);
  if (raw === null) return fallback;
  const value = Number.parseInt(raw.trim(), 10);
  if (!Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, value));
}

export interface TableReading {
  cells: SnapshotCell[];
  /** `grid[r][c]`: index into `cells` of the cell covering the slot, -1 for a hole. Rectangular. */
  grid: number[][];
  /** True when the table was cut at a cap (cells per table or grid slots). */
  truncated: boolean;
}

/**
 * Reads a table into source cells and a rectangular slot grid, following the HTML table model:
 * each cell takes the first free slot in its row, rowspan=0 reaches to the end of the row group,
 * and a rowspan is cut at the end of its row group as browsers render it. Recorded spans are the
 * effective ones. `tableSteps` is the CSS path of the table (computed when omitted).
 */
export function readTable(
  table: Element,
  tableSteps: readonly string[] = pathStepsOf(table),
  maxCells: number = SNAPSHOT_LIMITS.maxCellsPerTable,
): TableReading {
  const cells: SnapshotCell[] = [];
  const rows: (number | undefined)[][] = [];
  let slots = 0;
  let rowsDone = 0;
  let truncated = false;

  groups: for (const group of rowGroupsOf(table, tableSteps)) {
    const groupStart = rows.length;
    const groupEnd = groupStart + group.length;
    for (let r = 0; r < group.length; r += 1) {
      const y = groupStart + r;
      rows[y] ??= [];
      const sourceCells = cellsOf(group[r] as SourceRow);
      if (cells.length + sourceCells.length > maxCells) {
        truncated = true;
        break groups;
      }
      let x = 0;
      for (const source of sourceCells) {
        const row = rows[y] as (number | undefined)[];
        while (row[x] !== undefined) x += 1;
        const spans = source.element.hasAttributes(); // skips two attribute look-ups for bare cells
        const colSpan = spans ? spanAttribute(source.element, 'colspan', 1, 1, MAX_COL_SPAN) : 1;
        const declaredRows = spans ? spanAttribute(source.element, 'rowspan', 1, 0, MAX_ROW_SPAN) : 1;
        const rowSpan = declaredRows === 0 ? groupEnd - y : Math.min(declaredRows, groupEnd - y);
        slots += rowSpan * colSpan;
        if (slots > MAX_GRID_SLOTS) {
          truncated = true;
          break groups;
        }
        const index = cells.length;
        cells.push({ text: cellText(source.element), selector: source.selector, rowSpan, colSpan });
        for (let dy = 0; dy < rowSpan; dy += 1) {
          const covered = (rows[y + dy] ??= []);
          for (let dx = 0; dx < colSpan; dx += 1) {
            // Overlapping spans (a table model error): the cell placed first keeps the slot.
            if (covered[x + dx] === undefined) covered[x + dx] = index;
          }
        }
        x += colSpan;
      }
      rowsDone = y + 1;
    }
  }

  let kept = rows.slice(0, rowsDone);
  const width = kept.reduce((max, row) => Math.max(max, row.length), 0);
  // Padding ragged rows to the widest one can still blow up a thin table with one wide row.
  if (width * kept.length > MAX_GRID_SLOTS) {
    kept = kept.slice(0, Math.floor(MAX_GRID_SLOTS / width));
    truncated = true;
  }
  const grid = kept.map((row) => {
    const full = new Array<number>(width);
    for (let c = 0; c < width; c += 1) full[c] = row[c] ?? -1;
    return full;
  });
  return { cells, grid, truncated };
}
