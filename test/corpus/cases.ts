// What every corpus page must read as. Worked out by hand from the page content (the arithmetic is
// in the comments of base-specs.ts, other-pages.ts and real.ts), never copied from a run.
import { PLANTED_2021_FINDINGS } from './base-specs';

/** The rules this corpus asserts on; findings of other rules are ignored (more are being added). */
export const FIXED_RULES = ['S-01', 'S-03', 'T3-01', 'T3-02', 'T3-03', 'T3-05', 'T3-06', 'T4-01', 'N-01', 'NA-01', 'D-03'] as const;
export type FixedRule = (typeof FIXED_RULES)[number];
export type Outcome = 'violation' | 'needs-review';
export type ExpectedFinding = readonly [FixedRule, Outcome];

export interface TableExpect {
  found: boolean;
  cellsRead?: number;
  cellsBlank?: number;
  /** Exactly the cells that cannot be read: [rowId, column (0-based)]. */
  unreadable?: [string, number][];
  /** Rows read, when it differs from the template's count (an extra non-template row). */
  rowsFound?: number;
}

export interface CorpusCase {
  file: string;
  shape: string;
  /** html: linkedom on the file; text: snapshotFromText; cli: lib/cli/load (charset decoding); iframe: the srcdoc document. */
  load: 'html' | 'text' | 'cli' | 'iframe';
  status: 'audited' | 'not-report' | 'old-format';
  /** Not asserted when undefined (pages that are not reports). */
  year?: number | null;
  template?: '2019' | '2021' | null;
  tables?: { table2: TableExpect; table3: TableExpect; table4: TableExpect };
  findings: readonly ExpectedFinding[];
  /** The reading is partial (some table missing, a row missing or a cell unreadable). */
  partial?: boolean;
}

// Full readings: 2021 table 二 has 2×3 + 1 + 2 + 1 = 10 cells, table 三 25 rows × 7 = 175, table 四 15;
// 2019 table 二 has 6 rows × 3 + 2 + 2 = 22 cells, table 三 23 × 7 = 161.
const FULL_2021 = {
  table2: { found: true, cellsRead: 10, cellsBlank: 0, unreadable: [] },
  table3: { found: true, cellsRead: 175, cellsBlank: 0, unreadable: [] },
  table4: { found: true, cellsRead: 15, cellsBlank: 0, unreadable: [] },
} satisfies CorpusCase['tables'];
const FULL_2019 = {
  table2: { found: true, cellsRead: 22, cellsBlank: 0, unreadable: [] },
  table3: { found: true, cellsRead: 161, cellsBlank: 0, unreadable: [] },
  table4: { found: true, cellsRead: 15, cellsBlank: 0, unreadable: [] },
} satisfies CorpusCase['tables'];

const PLANTED = PLANTED_2021_FINDINGS;
const clean21 = (file: string, shape: string, load: CorpusCase['load'] = 'html'): CorpusCase => ({
  file, shape, load, status: 'audited', year: 2021, template: '2021', tables: FULL_2021, findings: [], partial: false,
});
const planted21 = (file: string, shape: string, load: CorpusCase['load'] = 'html'): CorpusCase => ({
  ...clean21(file, shape, load), findings: PLANTED,
});
const notReport = (file: string, shape: string): CorpusCase => ({ file, shape, load: 'html', status: 'not-report', findings: [] });

export const CASES: CorpusCase[] = [
  planted21('word-export.html', 'Word export: spans, labels over several <p>, &nbsp;, "本年度办 理结果", <br> in a label'),
  clean21('split-header-rows.html', 'table 三 header rows in one <table>, data rows in the next'),
  planted21('split-page-break.html', 'Word table 三 cut at a page break (rowspans end; rows below lack label cells)'),
  clean21('merged-tables.html', '表二, 表三 and 表四 in one <table>, headings 三/四 as rows'),
  planted21('no-spans-empty-labels.html', 'no spans, merged label cells left empty'),
  planted21('missing-label-cells.html', 'no empty label cells: numbers shifted left, 总计 row with a trailing cell'),
  clean21('text-cell-per-line.txt', 'plain text, one cell per tab-led line, rows split by blank lines', 'text'),
  planted21('text-tab-rows.txt', 'plain text, one tab-separated line per row', 'text'),
  planted21('pre-cell-per-line.html', '<pre>, one cell per line, empty cells as empty lines'),
  clean21('p-per-cell.html', 'one <p> per cell'),
  planted21('pre-tab-rows.html', '<pre>, tab-separated rows'),
  clean21('pipe-rows.html', 'pipe-separated rows "| … | 0 | … |"'),
  planted21('space-separated-numbers.html', 'one <p> per row, cells separated by spaces, empty cells dropped'),
  clean21('iframe-srcdoc.html', 'report in an <iframe srcdoc> (the frame document)', 'iframe'),
  { ...notReport('iframe-srcdoc.html', 'the portal page around the iframe (top document alone)') },
  {
    file: 'label-drift-2019.html', shape: 'Word export, 2019 template: 本年新收到, 上年转结, 转结下年度, 法人或者其他组织, (一), 1、',
    load: 'html', status: 'audited', year: 2020, template: '2019', tables: FULL_2019, findings: [], partial: false,
  },
  {
    // Seed 002 (reference §8): no section 六; 524 = 126 + 398; all tables 0; 采购 "22.64万元".
    file: 'seed-002-word.html', shape: 'seed 002 as a Word export (label drift, section 六 missing)',
    load: 'html', status: 'audited', year: 2020, template: '2019', tables: FULL_2019, findings: [['S-01', 'violation']], partial: false,
  },
  {
    file: 'hybrid-template-2021.html', shape: '2021 report with a 2019 第二十条第（九）项 block (hybrid)',
    load: 'html', status: 'audited', year: 2021, template: '2021',
    tables: { ...FULL_2021, table2: { found: true, cellsRead: 12, cellsBlank: 0, unreadable: [], rowsFound: 7 } },
    findings: [['S-03', 'violation']], partial: false,
  },
  {
    file: 'number-forms-2019.html', shape: 'full-width digits, units, signs, 1,234, "—" "/" "－" "无", blanks',
    load: 'html', status: 'audited', year: 2020, template: '2019',
    tables: { ...FULL_2019, table3: { found: true, cellsRead: 159, cellsBlank: 2, unreadable: [] } },
    findings: [['T3-02', 'needs-review'], ['T3-03', 'needs-review'], ['T3-06', 'violation']], partial: false,
  },
  {
    file: 'unreadable-cells.html', shape: 'cells that cannot be read ("约1", "见附件", "1 0"), named exactly',
    load: 'html', status: 'audited', year: 2021, template: '2021',
    tables: {
      table2: FULL_2021.table2,
      table3: { found: true, cellsRead: 173, cellsBlank: 0, unreadable: [['partial', 3], ['rejected2', 6]] },
      table4: { found: true, cellsRead: 14, cellsBlank: 0, unreadable: [['table4', 3]] },
    },
    findings: [['T3-02', 'needs-review'], ['T3-03', 'needs-review'], ['T4-01', 'needs-review']], partial: true,
  },
  notReport('not-report-list.html', '政府信息公开年报 list page'),
  notReport('not-report-news.html', 'news item about the report'),
  notReport('not-report-big-table.html', 'budget page with a large table (总计, 其他 columns)'),
  { file: 'old-format-2012.html', shape: '2012 report in the 2008 outline', load: 'html', status: 'old-format', year: 2012, findings: [] },
  {
    file: 'real-pingtan-2020-word.html', shape: 'real: 平潭 2020 rebuilt from the dump as a Word export',
    load: 'html', status: 'audited', year: 2020, template: '2019', tables: FULL_2019, partial: false,
    // C1 26 vs 20 and C7 27 vs 21 (T3-02 twice); 2602 条 vs parts 2603 (NA-01).
    findings: [['T3-02', 'violation'], ['T3-02', 'violation'], ['NA-01', 'violation']],
  },
  {
    file: 'real-pingtan-2022-heading-typo.html', shape: 'real: 平潭 2022, heading typo 行政法复议, no spans',
    load: 'html', status: 'audited', year: 2022, template: '2021', tables: FULL_2021, findings: [], partial: false,
  },
  {
    file: 'real-huaian-city-2024-word.html', shape: 'real: 淮安市 2024 from the PDF, Word export, "1、" labels',
    load: 'html', status: 'audited', year: 2024, template: '2021', tables: FULL_2021, findings: [], partial: false,
  },
  {
    file: 'real-hongze-2023.html', shape: 'real: 洪泽 2023 from the PDF: typo 行政止公开, split labels, title over two lines',
    load: 'html', status: 'audited', year: 2023, template: '2021', tables: FULL_2021, partial: false,
    // 行政复议 10+1 ≠ 0 and 复议后起诉 5 ≠ 0.
    findings: [['T4-01', 'violation'], ['T4-01', 'violation']],
  },
  {
    file: 'real-hongze-2024.html', shape: 'real: 洪泽 2024 from the PDF (same label warts), all relations hold',
    load: 'html', status: 'audited', year: 2024, template: '2021', tables: FULL_2021, findings: [], partial: false,
  },
  clean21('gbk-portal.gbk.html', 'GBK-encoded page, decoded by lib/cli/load', 'cli'),
  planted21('portal-chrome.html', 'heavy portal chrome: nav, breadcrumb 年报, other years\' reports, 发布时间, 版权所有 footer'),
];

/**
 * The crawler dump (cells run together: "200 000121"): table 三 cannot be split with certainty, so
 * the reading must say so (partial; table 三 missing, or rows missing, or cells unreadable) and no
 * table arithmetic may be judged on guessed numbers: no T3-0x or T4-01 violation. Its real error
 * (C1 26 vs 20) is only knowable from the DOM (see real-pingtan-2020-word.html).
 */
export const CRAWLER_DUMP = { file: 'crawler-dump-pingtan-2020.txt', year: 2020, template: '2019' as const };
