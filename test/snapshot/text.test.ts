// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PageSnapshotSchema } from '../../lib/schema';
import { snapshotFromText } from '../../lib/snapshot';

// Copies of ../shared/seeds, kept in the repo so the tests run from a bare clone.
const SEEDS = join(__dirname, '../fixtures/seeds');
const seed = (id: string) => readFileSync(join(SEEDS, `seed-${id}.txt`), 'utf8');

describe('snapshotFromText', () => {
  it('makes one item per line: lines, blank-cell lines as "", empty lines as gaps', () => {
    const snapshot = snapshotFromText('标题\n\n\t规章\n\t０\n\t\n正文', 'file:///r.txt');
    expect(snapshot.items).toEqual([
      { type: 'text', text: '标题', selector: 'line:1', tag: 'line' },
      { type: 'text', text: '', selector: 'line:2', tag: 'gap' },
      { type: 'text', text: '\t规章', selector: 'line:3', tag: 'line' },
      { type: 'text', text: '\t0', selector: 'line:4', tag: 'line' },
      { type: 'text', text: '', selector: 'line:5', tag: 'line' },
      { type: 'text', text: '正文', selector: 'line:6', tag: 'line' },
    ]);
    expect(snapshot).toMatchObject({ url: 'file:///r.txt', title: '标题', publishedAt: null, truncated: false });
  });

  it('joins a title wrapped over two lines', () => {
    expect(snapshotFromText(seed('000'), 'u').title).toBe('富阳区万市镇2021年政府信息公开工作年度报告');
    expect(snapshotFromText(seed('003'), 'u').title).toBe('富阳区上官乡2020年政府信息公开工作年度报告');
    expect(snapshotFromText(seed('004'), 'u').title).toBe('富阳区人民政府春江街道办事处2021年度政府信息公开工作年度报告');
  });

  it('skips leading empty lines for the title and keeps tab-separated rows (seed 001)', () => {
    const snapshot = snapshotFromText(seed('001'), 'u');
    expect(snapshot.title).toBe('王助镇2021年政府信息公开工作年度报告');
    const total = snapshot.items.find((item) => item.type === 'text' && item.text.includes('(七) 总计'));
    expect(total?.type === 'text' && total.text.split('\t')).toEqual(['', '(七) 总计', '0', '0', '0', '0', '0', '0', '0', '0']);
  });

  it('keeps every seed line and validates against the schema', () => {
    for (const id of ['000', '001', '002', '003', '004']) {
      const text = seed(id);
      const snapshot = snapshotFromText(text, `file:///${id}.txt`);
      expect(snapshot.items).toHaveLength(text.replace(/\n$/, '').split('\n').length);
      expect(() => PageSnapshotSchema.parse(snapshot)).not.toThrow();
    }
  });

  it('reads a 发布时间 line near the top', () => {
    expect(snapshotFromText('标题\n发布时间：2022-01-17\n正文', 'u').publishedAt).toBe('2022-01-17');
  });
});
