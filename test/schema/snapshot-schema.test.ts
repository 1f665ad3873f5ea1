// The worker's gate: hostile snapshots whose tables point nowhere or grow past the caps are refused.
import { describe, expect, it } from 'vitest';
import { PageSnapshotSchema, SNAPSHOT_LIMITS, type PageSnapshot } from '../../lib/schema';

const table = (grid: number[][], cells = 2) => ({
  type: 'table' as const,
  selector: 'table',
  cells: Array.from({ length: cells }, (_, i) => ({ text: String(i), selector: `td${i}`, rowSpan: 1, colSpan: 1 })),
  grid,
});
const snapshot = (items: unknown[]): PageSnapshot =>
  ({ url: 'http://www.example.gov.cn/', title: 't', publishedAt: null, items, truncated: false }) as PageSnapshot;

describe('PageSnapshotSchema', () => {
  it('accepts a grid of cell indices and holes', () => {
    expect(PageSnapshotSchema.safeParse(snapshot([table([[0, 1], [0, -1]])])).success).toBe(true);
  });
  it('refuses a grid pointing past its cells, or with fractions or negatives below -1', () => {
    expect(PageSnapshotSchema.safeParse(snapshot([table([[0, 2]])])).success).toBe(false);
    expect(PageSnapshotSchema.safeParse(snapshot([table([[0.5, 1]])])).success).toBe(false);
    expect(PageSnapshotSchema.safeParse(snapshot([table([[-2, 1]])])).success).toBe(false);
  });
  it('refuses more tables than the cap', () => {
    const many = Array.from({ length: SNAPSHOT_LIMITS.maxTables + 1 }, () => table([[0]], 1));
    expect(PageSnapshotSchema.safeParse(snapshot(many)).success).toBe(false);
    expect(PageSnapshotSchema.safeParse(snapshot(many.slice(1))).success).toBe(true);
  });
  it('refuses a grid with more slots than the cap', () => {
    const wide = Array.from({ length: 600 }, () => new Array<number>(500).fill(0));
    expect(PageSnapshotSchema.safeParse(snapshot([table(wide, 1)])).success).toBe(false);
  });
});
