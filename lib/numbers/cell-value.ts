// Reading one table cell's text as a value (reference §4). A blank is unknown, not zero; dashes and
// "无" are "not applicable" (summed as 0); anything else that is not a number is unreadable.
import { nfkc } from '../nfkc';

export type CellKind = 'number' | 'blank' | 'na' | 'unreadable';

export interface CellValue {
  kind: CellKind;
  value: number | null;
  unit: string | null;
}

const NA_FORMS = new Set(['-', '—', '–', '―', '─', '--', '——', '/', '\\', '无', '不适用', 'N/A', 'n/a', '×']);
const CHINESE_ZERO = new Set(['零', '〇']);
const UNITS = ['万元', '亿元', '元', '个', '件', '条', '项', '人次', '次', '人', '篇', '份', '家', '期', '万'];
const NUMBER = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$/;

/** The Chinese characters a value can hold: in 无, 不适用, 零 and the units. */
const VALUE_HAN = new Set(
  [...NA_FORMS, ...CHINESE_ZERO, ...UNITS]
    .join('')
    .split('')
    .map((ch) => ch.charCodeAt(0))
    .filter(isHan),
);

function isHan(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/**
 * True when the normalised text holds a Chinese character no value form has (labels, prose): the
 * text cannot be read, and what parseCellValue does next only removes characters, so it is spared.
 */
function hasHanOutsideValues(normal: string): boolean {
  for (let i = 0; i < normal.length; i++) {
    const code = normal.charCodeAt(i);
    if (isHan(code) && !VALUE_HAN.has(code)) return true;
  }
  return false;
}

/** Plain ASCII digits, the most common cell: read without normalising (15 digits stay exact). */
function isPlainDigits(text: string): boolean {
  // A loop, not /^\d{1,15}$/: this runs for every value cell, and most are one or two digits.
  if (text.length === 0 || text.length > 15) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

export function parseCellValue(rawText: string): CellValue {
  if (isPlainDigits(rawText)) return { kind: 'number', value: Number(rawText), unit: null };
  if (rawText === '') return { kind: 'blank', value: null, unit: null };
  // NFKC turns full-width digits, signs and slashes into ASCII; whitespace inside a cell is noise.
  // Spaces inside a number ("4 5") mean two numbers run together: only edges and a space before the unit go.
  const normal = nfkc(rawText);
  if (hasHanOutsideValues(normal)) return { kind: 'unreadable', value: null, unit: null };
  const text = normal
    .replace(/[\u200b-\u200f\u2060\ufeff]/g, '')
    .trim()
    .replace(/(\d)\s+(?=\D)/g, '$1');
  if (text === '') return { kind: 'blank', value: null, unit: null };
  if (NA_FORMS.has(text)) return { kind: 'na', value: 0, unit: null };
  if (CHINESE_ZERO.has(text)) return { kind: 'number', value: 0, unit: null };
  let body = text;
  let unit: string | null = null;
  for (const candidate of UNITS) {
    if (body.length > candidate.length && body.endsWith(candidate)) {
      unit = candidate;
      body = body.slice(0, -candidate.length);
      break;
    }
  }
  const match = NUMBER.exec(body);
  if (!match) return { kind: 'unreadable', value: null, unit: null };
  const [, sign, digits = '', fraction = ''] = match;
  const value = Number(`${sign}${digits.replace(/,/g, '')}${fraction}`);
  if (!Number.isFinite(value)) return { kind: 'unreadable', value: null, unit: null };
  return { kind: 'number', value, unit };
}

/** A value token in a table: a number, a blank or a dash; text that is not one of these is a label. */
export function isValueText(text: string): boolean {
  return parseCellValue(text).kind !== 'unreadable';
}
