// Builds Report objects for rule tests: a complete, all-zero, well-formed report unless told otherwise.
// Cell specs: a number; null = blank cell; '—', '-', '/', '无' = 'na'; any other string = unreadable.
import type { Cell, Locator, Paragraph, Reading, Report, Row, Table2, TableReading } from '../../lib/schema';
import { T2_BLOCKS, T3_ROWS, type TemplateVersion } from '../../lib/report/templates';

export type CellSpec = number | null | string;

export interface BuildOptions {
  kind?: Report['kind'];
  url?: string;
  title?: string;
  agency?: string | null;
  issuerType?: Report['issuerType'];
  year?: number | null;
  template?: TemplateVersion | null;
  templateMarkers?: Report['templateMarkers'];
  /** Table 三 rows by id (7 cells each) overriding the fill; `null` = no table 三. */
  t3?: Record<string, CellSpec[]> | null;
  /** Cells of every row not given in `t3` (default: seven zeros). */
  t3Fill?: (rowId: string) => CellSpec[];
  /** Row ids the parser did not find (rawLabel null, no cells). */
  t3MissingRows?: string[];
  /** Table 四's 15 cells; `null` = no table 四. Default: all zero. */
  t4?: CellSpec[] | null;
  /** Section numbers found, in page order (default 1…6). */
  sections?: number[];
  /** Paragraph texts per section number. NFKC-normalised here, as the extractor does. */
  paragraphs?: Partial<Record<number, string[]>>;
  preamble?: string[];
  signDate?: string | null;
  reading?: Partial<Reading>;
  /** Table 二 rows by id (cells in the template's column order); other rows are zeros. `null` = no table 二. */
  t2?: Record<string, CellSpec[]> | null;
  /** Organ of the sign-off (default 某镇人民政府). */
  signOrgan?: string | null;
  publishedAt?: string | null;
  statPeriod?: Report['statPeriod'];
}

const NA = new Set(['—', '-', '－', '/', '／', '无', '不适用']);

export function loc(selector: string, snippet = ''): Locator {
  return { selector, snippet: snippet.slice(0, 200) };
}

export function cell(spec: CellSpec, selector: string): Cell {
  const at = loc(selector, spec === null ? '' : String(spec));
  if (spec === null) return { raw: '', kind: 'blank', value: null, unit: null, at };
  if (typeof spec === 'number') return { raw: String(spec), kind: 'number', value: spec, unit: null, at };
  if (NA.has(spec)) return { raw: spec, kind: 'na', value: null, unit: null, at };
  return { raw: spec, kind: 'unreadable', value: null, unit: null, at };
}

/** The selector the builder gives a table 三 cell (column 0…6). */
export const t3Selector = (rowId: string, column: number): string => `#t3 tr.${rowId} td:nth-of-type(${column + 1})`;
export const t4Selector = (index: number): string => `#t4 td:nth-of-type(${index + 1})`;
export const paragraphSelector = (section: number, index: number): string => `#s${section} p:nth-of-type(${index + 1})`;

const zeros = (): CellSpec[] => [0, 0, 0, 0, 0, 0, 0];

function tableReading(found: boolean, rowsFound: number, rowsExpected: number): TableReading {
  return { found, source: found ? 'table' : null, rowsFound, rowsExpected, columnsFound: 0, columnsExpected: 0, cellsRead: 0, cellsBlank: 0, unreadable: [] };
}

export const t2Selector = (rowId: string, column: number): string => `#t2 tr.${rowId} td:nth-of-type(${column + 1})`;

/** Table 二 in the template's blocks, rows and headers; rows not given are zeros. */
function table2Blocks(template: TemplateVersion, specs: Record<string, CellSpec[]>): Table2['blocks'] {
  return T2_BLOCKS[template].map((def) => ({
    item: def.item,
    headers: [...def.headers],
    rows: def.rows.map((r) => ({
      id: r.id,
      label: r.label,
      rawLabel: r.label,
      cells: (specs[r.id] ?? def.headers.map(() => 0)).map((s, c) => cell(s, t2Selector(r.id, c))),
      at: loc(`#t2 tr.${r.id}`, r.label),
    })),
  }));
}

export function buildReport(options: BuildOptions = {}): Report {
  const template = options.template === undefined ? '2021' : options.template;
  const year = options.year === undefined ? 2021 : options.year;
  const defs = T3_ROWS[template ?? '2021'];
  const missing = new Set(options.t3MissingRows ?? []);
  const fill = options.t3Fill ?? zeros;

  const t3Rows: Row[] = defs.map((def) => {
    if (missing.has(def.id)) return { id: def.id, label: def.label, rawLabel: null, cells: [], at: null };
    const specs = options.t3?.[def.id] ?? fill(def.id);
    return {
      id: def.id,
      label: def.label,
      rawLabel: def.label,
      cells: specs.map((s, c) => cell(s, t3Selector(def.id, c))),
      at: loc(`#t3 tr.${def.id}`, def.label),
    };
  });

  const t4Specs = options.t4 === undefined ? Array<CellSpec>(15).fill(0) : options.t4;
  const norm = (s: string) => s.normalize('NFKC');
  const paragraphsOf = (n: number): Paragraph[] =>
    (options.paragraphs?.[n] ?? []).map((text, i) => ({ text: norm(text), at: loc(paragraphSelector(n, i), norm(text)) }));

  const hasT3 = options.t3 !== null;
  const hasT4 = t4Specs !== null;
  const reading: Reading = {
    table2: tableReading(true, 0, 0),
    table3: tableReading(hasT3, hasT3 ? defs.length - missing.size : 0, defs.length),
    table4: tableReading(hasT4, hasT4 ? 1 : 0, 1),
    partial: missing.size > 0,
    ...options.reading,
  };

  return {
    url: options.url ?? 'https://www.example.gov.cn/art/2022/1/17/report.html',
    kind: options.kind ?? 'report',
    title: options.title ?? `某镇${year ?? ''}年政府信息公开工作年度报告`,
    titleAt: loc('h1'),
    agency: options.agency === undefined ? '某镇人民政府' : options.agency,
    issuerType: options.issuerType ?? 'township',
    year,
    template,
    templateMarkers: options.templateMarkers ?? { v2019: [], v2021: [] },
    publishedAt: options.publishedAt ?? null,
    signOff:
      options.signDate === undefined || options.signDate === null
        ? null
        : { organ: options.signOrgan === undefined ? '某镇人民政府' : options.signOrgan, date: options.signDate, text: options.signDate, at: loc('#signoff', options.signDate) },
    preamble: (options.preamble ?? []).map((text, i) => ({ text: norm(text), at: loc(paragraphSelector(0, i), norm(text)) })),
    sections: (options.sections ?? [1, 2, 3, 4, 5, 6]).map((n) => ({
      number: n,
      heading: `第${n}部分`,
      at: loc(`#s${n} h2`),
      paragraphs: paragraphsOf(n),
    })),
    statPeriod: options.statPeriod ?? null,
    table2: options.t2 === null ? null : { source: 'table', at: loc('#t2'), shapeIssues: [], blocks: table2Blocks(template ?? '2021', options.t2 ?? {}) },
    table3: hasT3 ? { source: 'table', at: loc('#t3'), shapeIssues: [], rows: t3Rows } : null,
    table4: hasT4 ? { source: 'table', at: loc('#t4'), shapeIssues: [], cells: t4Specs.map((s, i) => cell(s, t4Selector(i))) } : null,
    reading,
  };
}
