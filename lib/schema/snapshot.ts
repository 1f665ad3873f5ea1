import { z } from './zod';
import { SNAPSHOT_LIMITS } from './limits';

export { SNAPSHOT_LIMITS };

const text = z.string().check(z.maxLength(SNAPSHOT_LIMITS.maxTextLength));
const selector = z.string().check(z.maxLength(2000));

/** One source cell of an HTML table (a `<td>`/`<th>`), text normalised. */
export const SnapshotCellSchema = z.object({
  text,
  selector,
  rowSpan: z.number(),
  colSpan: z.number(),
});

/**
 * A table as a rectangular grid with spans expanded: `grid[r][c]` is the index into `cells` of the
 * source cell covering that slot, or -1 where the HTML left a hole (ragged rows).
 */
export const SnapshotTableSchema = z.object({
  type: z.literal('table'),
  selector,
  cells: z.array(SnapshotCellSchema).check(z.maxLength(SNAPSHOT_LIMITS.maxCellsPerTable)),
  grid: z.array(z.array(z.int().check(z.gte(-1)))).check(
    z.maxLength(SNAPSHOT_LIMITS.maxGridRows),
    z.refine((rows) => rows.reduce((sum, row) => sum + row.length, 0) <= SNAPSHOT_LIMITS.maxGridSlots, 'grid too large'),
  ),
  /** The frame the item came from, when snapshots of several frames were merged. */
  frame: z.optional(z.string().check(z.maxLength(200))),
}).check(
  // Every slot names a cell that exists (or -1): a hostile grid must not point past its cells.
  z.refine((table) => table.grid.every((row) => row.every((index) => index < table.cells.length)), 'grid points past its cells'),
);

/**
 * A text block in reading order: a paragraph, heading, list item, or one line of preformatted
 * text. Empty blocks are kept: in tables drawn as one cell per `<p>`, an empty `<p>` is a blank cell.
 * `text` may contain tabs (rows of tab-separated text).
 */
export const SnapshotTextSchema = z.object({
  type: z.literal('text'),
  text,
  selector,
  tag: z.string().check(z.maxLength(40)),
  frame: z.optional(z.string().check(z.maxLength(200))),
});

export const SnapshotItemSchema = z.discriminatedUnion('type', [SnapshotTableSchema, SnapshotTextSchema]);

/** What the content script sends: the page reduced to plain data. */
export const PageSnapshotSchema = z.object({
  url: z.string().check(z.maxLength(4000)),
  title: z.string().check(z.maxLength(2000)),
  /** Raw publication date found in page metadata or "发布时间/发布日期" text, if any. */
  publishedAt: z.nullable(z.string().check(z.maxLength(100))),
  /** Text blocks and tables in document order. */
  items: z.array(SnapshotItemSchema).check(
    z.maxLength(SNAPSHOT_LIMITS.maxItems),
    z.refine((items) => items.filter((item) => item.type === 'table').length <= SNAPSHOT_LIMITS.maxTables, 'too many tables'),
  ),
  /** True when the extractor stopped early because the page exceeded a cap. */
  truncated: z.boolean(),
  frame: z.optional(z.string().check(z.maxLength(200))),
});

export type SnapshotCell = z.infer<typeof SnapshotCellSchema>;
export type SnapshotTable = z.infer<typeof SnapshotTableSchema>;
export type SnapshotText = z.infer<typeof SnapshotTextSchema>;
export type SnapshotItem = z.infer<typeof SnapshotItemSchema>;
export type PageSnapshot = z.infer<typeof PageSnapshotSchema>;
