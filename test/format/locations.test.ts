import { describe, expect, it } from 'vitest';
import { locationText, nameLocations } from '../../lib/format/locations';
import type { PageSnapshot, SnapshotTable } from '../../lib/schema';
import { sampleResult, totalFinding } from './fixtures';

const texts = ['', '申请人情况', '自然人', '商业企业', '三、本年度办理结果', '（一）予以公开', '1', '2', '（七）总计', '4', '—'];
// Two header rows under a 2×2 corner; 三、 spans the two data rows (worked out by hand).
const table: SnapshotTable = {
  type: 'table',
  selector: 'table',
  cells: texts.map((text, i) => ({ text, selector: `#c${i}`, rowSpan: 1, colSpan: 1 })),
  grid: [
    [0, 0, 1, 1],
    [0, 0, 2, 3],
    [4, 5, 6, 7],
    [4, 8, 9, 10],
  ],
};
const snapshot: PageSnapshot = { url: 'u', title: 't', publishedAt: null, items: [table], truncated: false };

function resultPointingAt(...selectors: string[]) {
  return sampleResult([{ ...totalFinding, locators: selectors.map((selector) => ({ selector, snippet: 'x' })) }]);
}

describe('nameLocations', () => {
  it('names a cell by the two nearest row and column headings', () => {
    const named = nameLocations(resultPointingAt('#c9', '#c10'), snapshot);
    expect(named.findings[0]?.locators.map((l) => l.label)).toEqual([
      '三、本年度办理结果·（七）总计 / 申请人情况·自然人',
      '三、本年度办理结果·（七）总计 / 申请人情况·商业企业',
    ]);
  });

  it('leaves sentences, frames and labels already set alone', () => {
    const r = resultPointingAt('p:nth-of-type(2)', '#c9');
    const framed = r.findings[0]?.locators[1];
    if (framed) framed.frame = '0.1';
    const named = nameLocations(r, snapshot);
    expect(named.findings[0]?.locators.map((l) => l.label)).toEqual([undefined, undefined]);
    const preset = sampleResult();
    expect(nameLocations(preset, snapshot).findings[0]?.locators[0]?.label).toBe('（七）总计 / 总计');
  });

  it('shows the label with the cell text, or the text alone', () => {
    expect(locationText({ selector: 's', snippet: '4', label: '（七）总计 / 总计' })).toBe('（七）总计 / 总计（4）');
    expect(locationText({ selector: 's', snippet: '未收到申请' })).toBe('未收到申请');
  });
});
