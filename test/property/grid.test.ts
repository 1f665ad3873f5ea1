// Any rowspan/colspan layout gives a rectangular grid (lib/snapshot readTable).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { readTable } from '../../lib/snapshot';

const SETTINGS = { seed: 20261122, numRuns: 200 };

function tableElement(html: string): Element {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  return document.querySelector('table') as unknown as Element;
}

/** A tiling of a width × height grid into rectangles, each given by its top-left slot and size. */
const tiling = fc
  .record({ width: fc.integer({ min: 1, max: 8 }), height: fc.integer({ min: 1, max: 8 }), seeds: fc.array(fc.nat(), { minLength: 64, maxLength: 64 }) })
  .map(({ width, height, seeds }) => {
    const owner: number[][] = Array.from({ length: height }, () => new Array(width).fill(-1));
    const rects: { r: number; c: number; rows: number; cols: number }[] = [];
    let k = 0;
    for (let r = 0; r < height; r++) {
      for (let c = 0; c < width; c++) {
        if (owner[r]![c] !== -1) continue;
        const seed = seeds[k++ % seeds.length]!;
        let cols = 1 + (seed % 3);
        while (cols > 1 && (c + cols > width || owner[r]!.slice(c, c + cols).some((o) => o !== -1))) cols--;
        let rows = 1 + (Math.floor(seed / 3) % 3);
        const free = (rr: number) => rr < height && owner[rr]!.slice(c, c + cols).every((o) => o === -1);
        while (rows > 1 && !Array.from({ length: rows }, (_, d) => free(r + d)).every(Boolean)) rows--;
        const id = rects.length;
        rects.push({ r, c, rows, cols });
        for (let dr = 0; dr < rows; dr++) for (let dc = 0; dc < cols; dc++) owner[r + dr]![c + dc] = id;
      }
    }
    return { width, height, rects, owner };
  });

/** What breaks the grid's contract (collected as plain checks: thousands of expect() calls are slow). */
function problems(cells: { rowSpan: number; colSpan: number }[], grid: number[][]): string[] {
  const out: string[] = [];
  const width = grid[0]?.length ?? 0;
  if (grid.some((row) => row.length !== width)) out.push('ragged grid');
  const slotsOf = new Map<number, { r: number; c: number }[]>();
  grid.forEach((row, r) => row.forEach((owner, c) => {
    if (owner < -1 || owner >= cells.length) out.push(`bad owner ${owner}`);
    slotsOf.set(owner, [...(slotsOf.get(owner) ?? []), { r, c }]);
  }));
  // Each source cell covers at least its origin slot, and only slots inside its recorded span.
  cells.forEach((cell, id) => {
    if (cell.rowSpan < 1 || cell.colSpan < 1 || cell.colSpan > 1000) out.push(`cell ${id}: span ${cell.rowSpan}x${cell.colSpan}`);
    const slots = slotsOf.get(id) ?? [];
    if (slots.length === 0) return void out.push(`cell ${id} covers nothing`);
    const top = Math.min(...slots.map((s) => s.r));
    const left = Math.min(...slots.filter((s) => s.r === top).map((s) => s.c));
    if (slots.some((s) => s.r - top >= cell.rowSpan || s.c < left || s.c - left >= cell.colSpan)) out.push(`cell ${id} spills out of its span`);
  });
  return out;
}

describe('readTable (property)', () => {
  it('rebuilds any tiling of spans exactly: every cell covers exactly its span', () => {
    fc.assert(
      fc.property(tiling, ({ width, height, rects, owner }) => {
        const rows = Array.from({ length: height }, (_, r) =>
          `<tr>${rects
            .map((rect, id) => ({ rect, id }))
            .filter(({ rect }) => rect.r === r)
            .map(({ rect, id }) => `<td rowspan="${rect.rows}" colspan="${rect.cols}">c${id}</td>`)
            .join('')}</tr>`,
        );
        const { cells, grid } = readTable(tableElement(`<table>${rows.join('')}</table>`));
        expect(grid.length).toBe(height);
        for (const row of grid) expect(row.length).toBe(width);
        // Source order equals rect order (row by row, left to right), so cell i is rect i.
        expect(cells.map((cell) => cell.text)).toEqual(rects.map((_, id) => `c${id}`));
        expect(grid).toEqual(owner);
        cells.forEach((cell, id) => {
          expect([cell.rowSpan, cell.colSpan]).toEqual([rects[id]!.rows, rects[id]!.cols]);
        });
      }),
      SETTINGS,
    );
  });

  it('gives a rectangular grid for any random spans (including overlaps, 0 and huge values)', () => {
    // Mostly small spans; sometimes 0 (to the end of the group), negative or beyond the 1000 cap.
    const span = fc.oneof({ arbitrary: fc.integer({ min: 1, max: 4 }), weight: 20 }, { arbitrary: fc.constantFrom(0, -1, 1001, 99999), weight: 1 });
    const layout = fc.array(fc.array(fc.record({ rowspan: span, colspan: span }), { maxLength: 6 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(layout, (rowsSpec) => {
        const html = `<table>${rowsSpec
          .map((row) => `<tr>${row.map((cell, i) => `<td rowspan="${cell.rowspan}" colspan="${cell.colspan}">x${i}</td>`).join('')}</tr>`)
          .join('')}</table>`;
        const { cells, grid } = readTable(tableElement(html));
        expect(problems(cells, grid)).toEqual([]);
      }),
      { ...SETTINGS, numRuns: 120 },
    );
  }, 10_000);
});
