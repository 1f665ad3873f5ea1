// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SNAPSHOT_LIMITS } from '../../lib/schema';
import { extractSnapshot, readTable, snapshotFromText } from '../../lib/snapshot';
import { MAX_GRID_SLOTS } from '../../lib/snapshot/table';
import { documentFrom } from './doms';

describe('caps', () => {
  it('stops at maxItems and sets truncated', () => {
    const html = '<li>x</li>'.repeat(SNAPSHOT_LIMITS.maxItems + 50);
    const snapshot = extractSnapshot(documentFrom('linkedom', html));
    expect(snapshot.items).toHaveLength(SNAPSHOT_LIMITS.maxItems);
    expect(snapshot.truncated).toBe(true);
  });

  it('refuses at once a page with more <p>s than items allowed, or far more tables than the cap', () => {
    const paragraphs = extractSnapshot(documentFrom('linkedom', '<p>x</p>'.repeat(SNAPSHOT_LIMITS.maxItems + 1)));
    expect(paragraphs).toMatchObject({ truncated: true, items: [] });
    const tables = '<table><tr><td>a</td><td>b</td></tr></table>'.repeat(2 * SNAPSHOT_LIMITS.maxTables + 1);
    expect(extractSnapshot(documentFrom('linkedom', tables))).toMatchObject({ truncated: true, items: [] });
  });

  it('is not truncated below the caps', () => {
    expect(extractSnapshot(documentFrom('linkedom', '<p>x</p>'.repeat(100))).truncated).toBe(false);
  });

  it('stops at maxTables', () => {
    const html = '<table><tr><td>a</td><td>b</td></tr></table>'.repeat(SNAPSHOT_LIMITS.maxTables + 5);
    const snapshot = extractSnapshot(documentFrom('linkedom', html));
    expect(snapshot.items.filter((item) => item.type === 'table')).toHaveLength(SNAPSHOT_LIMITS.maxTables);
    expect(snapshot.truncated).toBe(true);
  });

  it('cuts a table at maxCellsPerTable, keeping whole rows and a consistent grid', () => {
    const row = `<tr>${'<td>1</td>'.repeat(7)}</tr>`;
    const doc = documentFrom('linkedom', `<table>${row.repeat(3000)}</table><p>after</p>`);
    const snapshot = extractSnapshot(doc);
    const table = snapshot.items[0];
    expect(table?.type).toBe('table');
    if (table?.type !== 'table') return;
    expect(table.cells.length).toBeLessThanOrEqual(SNAPSHOT_LIMITS.maxCellsPerTable);
    expect(table.cells.length % 7).toBe(0);
    expect(table.grid).toHaveLength(table.cells.length / 7);
    expect(snapshot.truncated).toBe(true);
    expect(snapshot.items).toHaveLength(1);
  });

  it('caps the grid size against huge colspans', () => {
    const doc = documentFrom('linkedom', `<table>${'<tr><td colspan=1000>a</td><td>b</td></tr>'.repeat(400)}</table>`);
    const reading = readTable(doc.querySelector('table') as Element);
    expect(reading.truncated).toBe(true);
    expect(reading.grid.length * (reading.grid[0]?.length ?? 0)).toBeLessThanOrEqual(MAX_GRID_SLOTS);
  });

  it('cuts over-long text blocks without failing', () => {
    const snapshot = extractSnapshot(documentFrom('linkedom', `<p>${'字'.repeat(50_000)}</p>`));
    const item = snapshot.items[0];
    expect(item?.type === 'text' && item.text.length).toBe(SNAPSHOT_LIMITS.maxTextLength);
  });

  it('caps plain-text reports too', () => {
    const snapshot = snapshotFromText('x\n'.repeat(SNAPSHOT_LIMITS.maxItems + 10), 'file:///x.txt');
    expect(snapshot.items).toHaveLength(SNAPSHOT_LIMITS.maxItems);
    expect(snapshot.truncated).toBe(true);
  });
});
