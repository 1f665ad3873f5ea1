// Caps for hostile pages: what the content script may send and the worker will accept. Kept free of
// zod so the content script can read them without bundling the schemas.
export const SNAPSHOT_LIMITS = {
  maxItems: 20_000,
  maxTables: 500,
  maxCellsPerTable: 20_000,
  maxGridRows: 20_000,
  maxGridSlots: 250_000,
  maxTextLength: 20_000,
  maxJsonBytes: 8 * 1024 * 1024,
} as const;
