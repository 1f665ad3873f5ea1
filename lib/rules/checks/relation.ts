// The arithmetic every table rule shares (reference §4): an equation between cells where a blank
// cell is an unknown non-negative number (not zero), an 'na' cell ("—", "/", "无") counts as 0 and
// an unreadable cell makes the relation undecidable.
import type { Cell, Locator } from '../../schema';
import type { Bilingual } from '../define';

/** One cell in a relation, with the name messages use (「（七）总计·自然人」). */
export interface Term {
  cell: Cell | undefined;
  name: Bilingual;
}

/**
 * A table cell as a term whose name is written on first use: rules read many cells and name only
 * the few a message mentions.
 */
export abstract class CellTerm implements Term {
  private written: Bilingual | undefined;

  constructor(readonly cell: Cell | undefined) {}

  protected abstract writeName(): Bilingual;

  get name(): Bilingual {
    this.written ??= this.writeName();
    return this.written;
  }
}

export interface Side {
  terms: Term[];
  /** Sum of the cells whose value is known ('number' and 'na'). */
  known: number;
  /** Blank (or missing) cells: unknown values ≥ 0. */
  blanks: Term[];
  unreadable: Term[];
}

export type RelationResult =
  | { status: 'holds'; left: Side; right: Side }
  /** No non-negative values of the blanks can make the two sides equal. */
  | { status: 'fails'; left: Side; right: Side }
  /** Holds only for particular values of the blanks (or unreadable cells): `condition` says which. */
  | { status: 'depends'; left: Side; right: Side; blanks: Term[]; condition: Bilingual };

const EPSILON = 1e-9;

type CellValue = { kind: 'known'; value: number } | { kind: 'blank' } | { kind: 'unreadable' };

export function cellValue(cell: Cell | undefined): CellValue {
  if (!cell || cell.kind === 'blank') return { kind: 'blank' };
  const value = knownValue(cell);
  return value === null ? { kind: 'unreadable' } : { kind: 'known', value };
}

/** The value cellValue calls known ('na' is 0), or null for a blank or unreadable cell; allocates nothing. */
export function knownValue(cell: Cell | undefined): number | null {
  if (!cell || cell.kind === 'blank') return null;
  if (cell.kind === 'na') return 0;
  if (cell.kind === 'number' && cell.value !== null && Number.isFinite(cell.value)) return cell.value;
  return null;
}

export function summarizeSide(terms: Term[]): Side {
  const side: Side = { terms, known: 0, blanks: [], unreadable: [] };
  // knownValue, not cellValue: this runs for every cell of every relation.
  for (const term of terms) {
    const cell = term.cell;
    if (!cell || cell.kind === 'blank') {
      side.blanks.push(term);
      continue;
    }
    const value = knownValue(cell);
    if (value === null) side.unreadable.push(term);
    else side.known += value;
  }
  return side;
}

/** Evaluates Σ left = Σ right. */
export function evaluateRelation(leftTerms: Term[], rightTerms: Term[]): RelationResult {
  const left = summarizeSide(leftTerms);
  const right = summarizeSide(rightTerms);
  if (left.unreadable.length + right.unreadable.length > 0) {
    const cells = [...left.unreadable, ...right.unreadable];
    return {
      status: 'depends', left, right, blanks: cells,
      condition: { zh: `含无法识别的单元格${names(cells, 'zh')}，无法判断`, en: `cannot be judged: unreadable cell ${names(cells, 'en')}` },
    };
  }
  // What the left blanks minus the right blanks must add up to.
  const needed = right.known - left.known;
  const hasLeft = left.blanks.length > 0;
  const hasRight = right.blanks.length > 0;
  if (!hasLeft && !hasRight) return { status: Math.abs(needed) <= EPSILON ? 'holds' : 'fails', left, right };
  const blanks = [...left.blanks, ...right.blanks];
  if (hasLeft && hasRight) return { status: 'depends', left, right, blanks, condition: conditionFor(blanks, needed, true) };
  const oneSideNeed = hasLeft ? needed : -needed;
  if (oneSideNeed < -EPSILON) return { status: 'fails', left, right };
  return { status: 'depends', left, right, blanks, condition: conditionFor(blanks, oneSideNeed, false) };
}

function conditionFor(blanks: Term[], need: number, bothSides: boolean): Bilingual {
  if (Math.abs(need) <= EPSILON) return { zh: '若空白单元格均为 0 则成立', en: 'holds if the blank cells are all 0' };
  if (bothSides) {
    return {
      zh: `若空白单元格${names(blanks, 'zh')}的取值使两边相等（右边空白之和比左边多 ${formatNumber(Math.abs(need))}）则成立`,
      en: `holds only if the blank cells ${names(blanks, 'en')} make both sides equal`,
    };
  }
  const first = blanks[0];
  if (blanks.length === 1 && first) {
    return { zh: `若「${first.name.zh}」为 ${formatNumber(need)} 则成立`, en: `holds if ${first.name.en} is ${formatNumber(need)}` };
  }
  return {
    zh: `若空白单元格${names(blanks, 'zh')}之和为 ${formatNumber(need)} 则成立`,
    en: `holds if the blank cells ${names(blanks, 'en')} add up to ${formatNumber(need)}`,
  };
}

const MAX_NAMES = 3;

/** 「A」「B」「C」等 5 个 / A, B, C and 2 more */
export function names(terms: Term[], lang: 'zh' | 'en'): string {
  const shown = terms.slice(0, MAX_NAMES);
  const rest = terms.length - shown.length;
  if (lang === 'zh') return shown.map((t) => `「${t.name.zh}」`).join('') + (rest > 0 ? `等 ${terms.length} 个` : '');
  return shown.map((t) => t.name.en).join(', ') + (rest > 0 ? ` and ${rest} more` : '');
}

export function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 10000) / 10000);
}

/** The side's value for a message: "4", or "至少 3" / "at least 3" when it has blanks. */
export function sideValue(side: Side, lang: 'zh' | 'en'): string {
  const n = formatNumber(side.known);
  if (side.blanks.length === 0 && side.unreadable.length === 0) return n;
  return lang === 'zh' ? `至少 ${n}` : `at least ${n}`;
}

/** The values of a side written out, blanks as "?": "4+0", or "4+?". */
export function writeValues(side: Side): string {
  return side.terms
    .map((t) => {
      const v = cellValue(t.cell);
      return v.kind === 'known' ? formatNumber(v.value) : '?';
    })
    .join('+');
}

/** "一+二 = 0+0 = 0": the labels, the values and the sum of a side. */
export function writeSide(labels: string, side: Side): string {
  const total = side.blanks.length + side.unreadable.length > 0 ? `${formatNumber(side.known)}+?` : formatNumber(side.known);
  return side.terms.length > 1 ? `${labels} = ${writeValues(side)} = ${total}` : `${labels} = ${total}`;
}

/** The terms' cells' locators, each place (frame and selector) once. */
export function locatorsOf(terms: Term[]): Locator[] {
  // Selectors seen, per frame: no key string to build and hash per cell.
  const seen = new Map<string, Set<string>>();
  const out: Locator[] = [];
  // Terms run in one frame for long stretches: look the frame's set up only when the frame changes.
  let frame: string | undefined;
  let selectors: Set<string> | undefined;
  for (const t of terms) {
    const at = t.cell?.at;
    if (!at) continue;
    const atFrame = at.frame ?? '';
    if (atFrame !== frame || selectors === undefined) {
      // A frame path is digits and slashes; one with "|" keeps the joined key's exact meaning.
      if (atFrame.includes('|')) return locatorsByJoinedKey(terms);
      frame = atFrame;
      selectors = seen.get(frame);
      if (selectors === undefined) seen.set(frame, (selectors = new Set()));
    }
    // One hash lookup, not has() then add(): the set grows only for a selector not seen yet.
    const before = selectors.size;
    selectors.add(at.selector);
    if (selectors.size !== before) out.push(at);
  }
  return out;
}

function locatorsByJoinedKey(terms: Term[]): Locator[] {
  const seen = new Set<string>();
  const out: Locator[] = [];
  for (const t of terms) {
    const at = t.cell?.at;
    if (!at) continue;
    const key = `${at.frame ?? ''}|${at.selector}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(at);
  }
  return out;
}

/**
 * Collects a rule's blank-dependent relations into ONE needs-review finding, so that a table with
 * many blanks does not produce a finding per relation. Relations with the same condition are
 * listed together: "一+二 = 三(七)+四：「商业企业」列、「科研机构」列…：若空白单元格均为 0 则成立".
 */
export class ReviewCollector {
  private items: { where: Bilingual; condition: Bilingual; blanks: Term[] }[] = [];

  /** `formula`: the relation the rule checks, e.g. 一+二 = 三(七)+四. */
  constructor(private readonly formula: Bilingual) {}

  /** `where`: which instance of the relation (「商业企业」列, 「（一）予以公开」行). */
  add(where: Bilingual, result: Extract<RelationResult, { status: 'depends' }>): void {
    this.items.push({ where, condition: result.condition, blanks: result.blanks });
  }

  private allBlanks(): Term[] {
    const blanks: Term[] = [];
    for (const item of this.items) for (const term of item.blanks) blanks.push(term);
    return blanks;
  }

  get size(): number {
    return this.items.length;
  }

  /** The aggregated finding, or null when nothing depended on blanks. */
  finding(): { message: Bilingual; expected: null; actual: null; locators: Locator[] } | null {
    const n = this.items.length;
    if (n === 0) return null;
    const groups = new Map<string, { condition: Bilingual; wheres: Bilingual[] }>();
    for (const item of this.items) {
      const group = groups.get(item.condition.zh) ?? { condition: item.condition, wheres: [] };
      group.wheres.push(item.where);
      groups.set(item.condition.zh, group);
    }
    const list = (wheres: Bilingual[], lang: 'zh' | 'en') => {
      const shown = wheres.slice(0, MAX_LISTED).map((w) => w[lang]);
      const rest = wheres.length - shown.length;
      if (lang === 'zh') return shown.join('、') + (rest > 0 ? `等 ${wheres.length} 处` : '');
      return shown.join(', ') + (rest > 0 ? ` and ${rest} more` : '');
    };
    const zh = [...groups.values()].map((g) => `${list(g.wheres, 'zh')}：${g.condition.zh}`).join('；');
    const en = [...groups.values()].map((g) => `${list(g.wheres, 'en')}: ${g.condition.en}`).join('; ');
    return {
      message: {
        zh: `${this.formula.zh} 有 ${n} 处取决于空白或无法识别的单元格。${zh}`,
        en: `${this.formula.en}: ${n} instance${n === 1 ? '' : 's'} depend on blank or unreadable cells. ${en}`,
      },
      expected: null,
      actual: null,
      locators: locatorsOf(this.allBlanks()),
    };
  }
}

const MAX_LISTED = 8;
