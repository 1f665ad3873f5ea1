// Builds the corpus pages (npx tsx test/corpus/build-corpus.ts) into test/corpus/pages/, one file per
// page shape. Expectations live in ./cases.ts, worked out by hand from the specs' comments.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeGbk } from '../fixtures/gbk';
import { wordPortalPage } from '../fixtures/render-word';
import { readSeed, type SeedReport } from '../fixtures/seed-blocks';
import { clean2021, planted2021 } from './base-specs';
import {
  bigTablePage, hybrid2021, labelDrift2019, listPage, newsPage, numberForms2019, oldFormatPage, unreadableCells2021,
} from './other-pages';
import { hongze2023, hongze2024, huaianCity2024, pingtan2020, pingtan2022 } from './real';
import {
  iframeSrcdoc, mergedTables, missingLabelCells, noSpansEmptyLabels, paragraphPerCell, pipeRows, plainReport,
  portalChrome, preCellPerLine, preTabRows, spaceSeparated, splitAtPageBreak, splitHeaderRows, textCellPerLine,
  textTabRows, wordExport,
} from './shapes';
import { toSeedReport } from './spec';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../..');
const corpusDir = resolve(repoRoot, '../shared/corpus');
const sourcesDir = join(here, 'sources');
const pagesDir = join(here, 'pages');
mkdirSync(pagesDir, { recursive: true });

/** Word export with the portal's place names instead of the sample's (render-word's chrome is 富阳区 上官乡). */
const wordPage = (report: SeedReport, place: string) =>
  wordPortalPage(report, 'utf-8').replaceAll('杭州市富阳区', place).replaceAll('上官乡', place);

const pages: Record<string, string | Uint8Array> = {
  // 1. Word export
  'word-export.html': wordExport(planted2021('白沙镇')),
  // 2. one table over several <table>s
  'split-header-rows.html': splitHeaderRows(clean2021('青石镇')),
  'split-page-break.html': splitAtPageBreak(planted2021('红岩镇')),
  // 3. several tables in one
  'merged-tables.html': mergedTables(clean2021('金沙镇')),
  // 4. no spans, empty label cells
  'no-spans-empty-labels.html': noSpansEmptyLabels(planted2021('碧水镇')),
  // 5. label cells missing, numbers shifted
  'missing-label-cells.html': missingLabelCells(planted2021('云台镇')),
  // 6. tables drawn as text
  'text-cell-per-line.txt': textCellPerLine(clean2021('长岭镇')),
  'text-tab-rows.txt': textTabRows(planted2021('枫林镇')),
  'pre-cell-per-line.html': preCellPerLine(planted2021('梅岭镇')),
  'p-per-cell.html': paragraphPerCell(clean2021('竹园镇')),
  'pre-tab-rows.html': preTabRows(planted2021('杏花镇')),
  'pipe-rows.html': pipeRows(clean2021('荷塘镇')),
  'space-separated-numbers.html': spaceSeparated(planted2021('兰溪镇')),
  // 7. iframe
  'iframe-srcdoc.html': iframeSrcdoc(clean2021('南山镇')),
  // 8. label drift, typos, hybrid template
  'label-drift-2019.html': wordExport(labelDrift2019()),
  'seed-002-word.html': wordPage(readSeed(readFileSync(join(repoRoot, 'test/fixtures/seeds/seed-002.txt'), 'utf8')), '余姚市'),
  'hybrid-template-2021.html': noSpansEmptyLabels(hybrid2021()),
  // 9. number forms; unreadable cells
  'number-forms-2019.html': noSpansEmptyLabels(numberForms2019()),
  'unreadable-cells.html': noSpansEmptyLabels(unreadableCells2021()),
  // 10. not reports
  'not-report-list.html': listPage(),
  'not-report-news.html': newsPage(),
  'not-report-big-table.html': bigTablePage(),
  'old-format-2012.html': oldFormatPage(),
  // 11. real data
  'real-pingtan-2020-word.html': wordPage(toSeedReport(pingtan2020(corpusDir)), '平潭综合实验区'),
  'real-pingtan-2022-heading-typo.html': noSpansEmptyLabels(pingtan2022(corpusDir)),
  'real-huaian-city-2024-word.html': wordPage(toSeedReport(huaianCity2024(sourcesDir)), '淮安市'),
  'real-hongze-2023.html': plainReport(hongze2023(sourcesDir)),
  'real-hongze-2024.html': plainReport(hongze2024(sourcesDir)),
  // 12. GBK, portal chrome
  'gbk-portal.gbk.html': encodeGbk(plainReport(clean2021('东岭镇'), 'gbk')),
  'portal-chrome.html': portalChrome(planted2021('西溪镇'), '2022-01-25'),
};

for (const [name, content] of Object.entries(pages)) writeFileSync(join(pagesDir, name), content);
// 11. the crawler dump itself (cells run together)
writeFileSync(join(pagesDir, 'crawler-dump-pingtan-2020.txt'), readFileSync(join(corpusDir, 'text/pingtan-2020.txt')));
console.log(`${Object.keys(pages).length + 1} corpus pages written to ${pagesDir}`);
