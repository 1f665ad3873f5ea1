import { describe, expect, it } from 'vitest';
import { parseCellValue } from '../../lib/numbers/cell-value';

describe('parseCellValue', () => {
  it.each([
    ['0', 0, null],
    ['０', 0, null],
    ['12', 12, null],
    ['１２', 12, null],
    ['+1036', 1036, null],
    ['-185', -185, null],
    ['1,234', 1234, null],
    ['11个', 11, '个'],
    ['22.64万元', 22.64, '万元'],
    ['185.5897万元', 185.5897, '万元'],
    ['251000元', 251000, '元'],
    [' 4 ', 4, null],
    ['〇', 0, null],
  ])('reads %j as a number', (raw, value, unit) => {
    expect(parseCellValue(raw)).toEqual({ kind: 'number', value, unit });
  });

  it.each(['', ' ', '\u00a0', '\u3000'])('reads %j as blank, not zero', (raw) => {
    expect(parseCellValue(raw)).toEqual({ kind: 'blank', value: null, unit: null });
  });

  it.each(['—', '-', '－', '/', '／', '无'])('reads %j as not applicable', (raw) => {
    expect(parseCellValue(raw).kind).toBe('na');
  });

  it.each(['见附件', '1.属于国家秘密', '4 5', '12..3'])('keeps %j unreadable', (raw) => {
    expect(parseCellValue(raw).kind).toBe('unreadable');
  });

  // The Chinese characters of the value forms (无, 不适用, 零, units) must not be taken for label text.
  it.each([
    ['不适用', { kind: 'na', value: 0, unit: null }],
    ['零', { kind: 'number', value: 0, unit: null }],
    ['3次', { kind: 'number', value: 3, unit: '次' }],
    // 人次 ends in 次 too: the longer unit must be tried first, or "3人" is left and unreadable.
    ['3人次', { kind: 'number', value: 3, unit: '人次' }],
    ['2 篇', { kind: 'number', value: 2, unit: '篇' }],
    ['1.5亿元', { kind: 'number', value: 1.5, unit: '亿元' }],
  ])('reads %j with its Chinese characters', (raw, expected) => {
    expect(parseCellValue(raw)).toEqual(expected);
  });

  it.each(['自然人', '5件数', '适用', '无 0'])('reads %j, which holds other characters, as unreadable', (raw) => {
    expect(parseCellValue(raw)).toEqual({ kind: 'unreadable', value: null, unit: null });
  });
});
