// Real reports rebuilt as specs: prose taken verbatim from the sources (the crawler dumps in
// ../shared/corpus/text, `pdftotext -layout` of the PDFs kept in ./sources), tables as read by hand
// from those sources. Where the source is ambiguous, the reading chosen is written next to it.
import { readFileSync } from 'node:fs';
import { HEADINGS, type ReportSpec } from './spec';

const z7 = () => ['0', '0', '0', '0', '0', '0', '0'];
const row = (...values: (number | string)[]) => values.map(String);

/** The body of a crawler dump (after its header block), one line. */
function dumpBody(text: string): string {
  return text.split('==================== 正文 ====================')[1]!.trim();
}

const between = (text: string, from: string, to: string | null) => {
  const start = text.indexOf(from);
  const end = to === null ? text.length : text.indexOf(to, start + from.length);
  return text.slice(start + from.length, end).trim();
};

/** A run of prose split into paragraphs before each （一）…（六）. */
const paragraphs = (text: string) =>
  text
    .split(/(?=（[一二三四五六]）)/)
    .map((part) => part.trim())
    .filter(Boolean);

/**
 * 平潭综合实验区 2020 (2019 template). Table 三 as the dump runs it together, read with the 7 columns:
 *   一、本年新收 "200 000121" → 20,0,0,0,0,1,21 · 二、上年结转 "0000000" → 0
 *   （一）予以公开 "6000017" → 6,0,0,0,0,1,7 · （二）部分公开 "6000006" → 6,…,6
 *   （三）1–8 all "0000000" · （四）1 "4000004" → 4,…,4 · （四）2 0 · （四）3 "3000003" → 3,…,3
 *   （五）1 0 · （五）2 "3000003" → 3,…,3 · （五）3–5 0 · （六）其他处理 "4 0 0 0 0 0 4" → 4,…,4
 *   （七）总计 "20 0 00 0 121" → 20,0,0,0,0,1,21 · 四、结转下年度 " 0 0 00 00 0" → 0
 * The genuine error: C1 outcomes 6+6+4+3+3+4 = 26 against 总计 20; C7 7+6+4+3+3+4 = 27 against 21.
 * C6 (其他) 1 = 1 holds; every row's C1…C6 adds up to C7; 20+0 = 20+0 and 21+0 = 21+0 hold.
 * Table 二 is ambiguous in the dump; the split chosen (the brief's "-185" for 行政处罚):
 *   规章 "007" 0,0,7 · 规范性文件 "7777166" 7,7,166 · 行政许可 "396442278" 396,44,2278 ·
 *   其他对外管理服务事项 "107105" 10,7,105 · 行政处罚 "2648-18538" 2648,-185,38 ·
 *   行政强制 "1262629" 126,26,29 · 行政事业性收费 "35-15" 35,-15 · 政府集中采购 "39573802895.90元" 395,73802895.90元
 * Prose: "共公布政府信息2602条(其中…82+80+21+40+390+69+143+208+246+271+1053)" = 2603 > 2602.
 */
export function pingtan2020(corpusDir: string): ReportSpec {
  const body = dumpBody(readFileSync(`${corpusDir}/text/pingtan-2020.txt`, 'utf8'));
  return {
    titleLines: ['平潭综合实验区2020年政府信息公开工作年度报告'],
    template: '2019',
    preamble: [between(body, '平潭综合实验区2020年政府信息公开工作年度报告', '一、总体情况')],
    headings: [...HEADINGS],
    prose: [
      paragraphs(between(body, '一、总体情况', '二、主动公开政府信息情况')),
      [],
      [],
      [],
      [between(body, '五、存在的主要问题及改进情况', '六、其他需要报告的事项')],
      [between(body, '六、其他需要报告的事项', null)],
    ],
    table2: [
      { item: '第二十条第（一）项', headers: ['本年新制作数量', '本年新公开数量', '对外公开总数量'], rows: [['规章', '0', '0', '7'], ['规范性文件', '7', '7', '166']] },
      { item: '第二十条第（五）项', headers: ['上一年项目数量', '本年增/减', '处理决定数量'], rows: [['行政许可', '396', '44', '2278'], ['其他对外管理服务事项', '10', '7', '105']] },
      { item: '第二十条第（六）项', headers: ['上一年项目数量', '本年增/减', '处理决定数量'], rows: [['行政处罚', '2648', '-185', '38'], ['行政强制', '126', '26', '29']] },
      { item: '第二十条第（八）项', headers: ['上一年项目数量', '本年增/减'], rows: [['行政事业性收费', '35', '-15']] },
      { item: '第二十条第（九）项', headers: ['采购项目数量', '采购总金额'], rows: [['政府集中采购', '395', '73802895.90元']] },
    ],
    table3: {
      new: row(20, 0, 0, 0, 0, 1, 21),
      carried: z7(),
      granted: row(6, 0, 0, 0, 0, 1, 7),
      partial: row(6, 0, 0, 0, 0, 0, 6),
      unable1: row(4, 0, 0, 0, 0, 0, 4),
      unable3: row(3, 0, 0, 0, 0, 0, 3),
      rejected2: row(3, 0, 0, 0, 0, 0, 3),
      other: row(4, 0, 0, 0, 0, 0, 4),
      total: row(20, 0, 0, 0, 0, 1, 21),
      forward: z7(),
    },
    table4: new Array(15).fill('0'),
    signOff: [],
  };
}

/**
 * 平潭综合实验区 2022 (2021 template), with the heading typo "行政法复议". Table 三 read from the dump:
 *   new "713000074" 71,3,0,0,0,0,74 · carried "1000001" 1,…,1 · granted "210000021" 21,…,21 ·
 *   partial "8100009" 8,1,0,0,0,0,9 · withheld5 1,…,1 · withheld6 2,…,2 · withheld7 1,…,1 ·
 *   unable1 "370000037" 37,…,37 · other1 "2000002" 2,…,2 · other3 "0200002" 0,2,0,0,0,0,2 ·
 *   total "723000075" 72,3,0,0,0,0,75 · forward 0.
 *   C1: 21+8+1+2+1+37+2 = 72; 71+1 = 72+0.  C2: 1+2 = 3; 3+0 = 3+0.  C7: 21+9+1+2+1+37+2+2 = 75; 74+1 = 75+0.
 * Table 四 "0 1 1 0 2 1 0 0 0 1 0 0 0 0 0": 0+1+1+0 = 2, 1+0+0+0 = 1, 0. Table 二: 规章 0,0,0 ·
 * 行政规范性文件 "8855698" 88,55,698 (prose: 698 in force, 88 made) · 行政许可 10690 · 行政处罚 2113 ·
 * 行政强制 0 · 行政事业性收费 9116.36. No "其中" list, no sign-off.
 */
export function pingtan2022(corpusDir: string): ReportSpec {
  const body = dumpBody(readFileSync(`${corpusDir}/text/pingtan-2022.txt`, 'utf8'));
  const typo = '四、政府信息公开行政法复议、行政诉讼情况';
  return {
    titleLines: ['平潭综合实验区2022年度政府信息公开工作年度报告'],
    template: '2021',
    preamble: [body.slice(0, body.indexOf('一、总体情况')).trim()],
    headings: [HEADINGS[0]!, HEADINGS[1]!, HEADINGS[2]!, typo, HEADINGS[4]!, HEADINGS[5]!],
    prose: [
      paragraphs(between(body, '一、总体情况', '二、主动公开政府信息情况')),
      [],
      [],
      [],
      [between(body, '五、存在的主要问题及改进情况', '六、其他需要报告的事项')],
      [between(body, '六、其他需要报告的事项', null)],
    ],
    table2: [
      { item: '第二十条第（一）项', headers: ['本年制发件数', '本年废止件数', '现行有效件数'], rows: [['规章', '0', '0', '0'], ['行政规范性文件', '88', '55', '698']] },
      { item: '第二十条第（五）项', headers: ['本年处理决定数量'], rows: [['行政许可', '10690']] },
      { item: '第二十条第（六）项', headers: ['本年处理决定数量'], rows: [['行政处罚', '2113'], ['行政强制', '0']] },
      { item: '第二十条第（八）项', headers: ['本年收费金额（单位：万元）'], rows: [['行政事业性收费', '9116.36']] },
    ],
    table3: {
      new: row(71, 3, 0, 0, 0, 0, 74),
      carried: row(1, 0, 0, 0, 0, 0, 1),
      granted: row(21, 0, 0, 0, 0, 0, 21),
      partial: row(8, 1, 0, 0, 0, 0, 9),
      withheld5: row(1, 0, 0, 0, 0, 0, 1),
      withheld6: row(2, 0, 0, 0, 0, 0, 2),
      withheld7: row(1, 0, 0, 0, 0, 0, 1),
      unable1: row(37, 0, 0, 0, 0, 0, 37),
      other1: row(2, 0, 0, 0, 0, 0, 2),
      other3: row(0, 2, 0, 0, 0, 0, 2),
      total: row(72, 3, 0, 0, 0, 0, 75),
      forward: z7(),
    },
    table4: row(0, 1, 1, 0, 2, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0),
    signOff: [],
  };
}

/** Prose paragraphs of a `pdftotext -layout` page: an indented line starts a paragraph; page numbers go. */
function pdfParagraphs(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (/^\s*-\d+-\s*$/.test(line) || line.trim() === '') continue;
    if (/^\s{2,}/.test(line) || out.length === 0) out.push(line.trim());
    else out[out.length - 1] += line.trim();
  }
  return out;
}

function pdfProse(text: string, sourceHeadings: string[]) {
  const lines = text.split('\n');
  const find = (heading: string) => lines.findIndex((line) => line.trim() === heading);
  const [h1, h2, , , h5, h6] = sourceHeadings.map(find);
  const firstText = lines.findIndex((line, i) => i > 1 && line.trim() !== '');
  return {
    preamble: pdfParagraphs(lines.slice(firstText, h1)),
    overview: pdfParagraphs(lines.slice(h1! + 1, h2)),
    problems: pdfParagraphs(lines.slice(h5! + 1, h6)),
    other: pdfParagraphs(lines.slice(h6! + 1)),
  };
}

/** The PDF's own labels for table 三 rows where they differ from the template (typos, stray spaces). */
const HONGZE_LABELS = {
  partial: '（二）部分公开（区分处理的，只计这一情 形，不计其他情形）',
  withheld2: '2.其他法律行政止公开',
  rejected4: '4.无正当理由大量反复 申请',
  rejected5: '5.要求行政机关确认或重 新出具已获取信息',
};

function hongze(sourcesDir: string, year: 2023 | 2024, organ: string): ReportSpec {
  const text = readFileSync(`${sourcesDir}/huaian-hongze-${year}.pdf.txt`, 'utf8');
  const prose = pdfProse(text, HEADINGS);
  return {
    titleLines: [organ, `${year} 年政府信息公开工作年度报告`],
    template: '2021',
    preamble: prose.preamble,
    headings: [...HEADINGS],
    prose: [prose.overview, [], [], [], prose.problems, prose.other],
    table2: [],
    table3: {},
    t3Labels: HONGZE_LABELS,
    table4: [],
    signOff: [],
  };
}

/**
 * 洪泽区 2023 (2021 template), from the PDF. Table 三: new 21,0,…,21 · carried 0 · granted 0 ·
 * partial 4,…,4 · withheld1 1,…,1 · withheld6 1,…,1 · withheld7 1,…,1 · unable1 10,…,10 ·
 * unable2 3,…,3 · rejected1 1,…,1 · total 21,…,21 · forward 0. C1: 4+1+1+1+10+3+1 = 21 = 总计; 21+0 = 21+0.
 * Table 四 as printed: "10 1 0 0 0 | 0 0 0 0 0 | 5 0 0 0 0": 行政复议 10+1+0+0 = 11 against 总计 0, and
 * 复议后起诉 5+0+0+0 = 5 against 总计 0 — two genuine T4-01 errors (直诉 0 = 0 holds).
 */
export function hongze2023(sourcesDir: string): ReportSpec {
  const spec = hongze(sourcesDir, 2023, '洪泽区人民政府');
  spec.table2 = [
    { item: '第二十条第（一）项', headers: ['本年制发件数', '本年废止件数', '现行有效件数'], rows: [['规章', '0', '0', '0'], ['行政规范性文件', '0', '5', '5']] },
    { item: '第二十条第（五）项', headers: ['本年处理决定数量'], rows: [['行政许可', '550']] },
    { item: '第二十条第（六）项', headers: ['本年处理决定数量'], rows: [['行政处罚', '4119'], ['行政强制', '195']] },
    { item: '第二十条第（八）项', headers: ['本年收费金额（单位：万元）'], rows: [['行政事业性收费', '7730.28']] },
  ];
  spec.table3 = {
    new: row(21, 0, 0, 0, 0, 0, 21),
    carried: z7(),
    granted: z7(),
    partial: row(4, 0, 0, 0, 0, 0, 4),
    withheld1: row(1, 0, 0, 0, 0, 0, 1),
    withheld6: row(1, 0, 0, 0, 0, 0, 1),
    withheld7: row(1, 0, 0, 0, 0, 0, 1),
    unable1: row(10, 0, 0, 0, 0, 0, 10),
    unable2: row(3, 0, 0, 0, 0, 0, 3),
    rejected1: row(1, 0, 0, 0, 0, 0, 1),
    total: row(21, 0, 0, 0, 0, 0, 21),
    forward: z7(),
  };
  spec.table4 = row(10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0);
  return spec;
}

/**
 * 洪泽区 2024 (2021 template), from the PDF. Table 三: new 95,0,…,95 · carried 0 · granted 50 ·
 * partial 9 · withheld3 1 · withheld6 1 · withheld7 1 · unable1 31 · unable2 1 · rejected1 1 ·
 * total 95 · forward 0 (C1 = C7, other columns 0). C1: 50+9+1+1+1+31+1+1 = 95; 95+0 = 95+0.
 * Table 四: 1+1+0+0 = 2 · 1+0+0+0 = 1 · 2+0+1+0 = 3: all hold.
 */
export function hongze2024(sourcesDir: string): ReportSpec {
  const spec = hongze(sourcesDir, 2024, '淮安市洪泽区人民政府');
  spec.table2 = [
    { item: '第二十条第（一）项', headers: ['本年制发件数', '本年废止件数', '现行有效件数'], rows: [['规章', '0', '0', '0'], ['行政规范性文件', '3', '0', '8']] },
    { item: '第二十条第（五）项', headers: ['本年处理决定数量'], rows: [['行政许可', '9487']] },
    { item: '第二十条第（六）项', headers: ['本年处理决定数量'], rows: [['行政处罚', '2776'], ['行政强制', '84']] },
    { item: '第二十条第（八）项', headers: ['本年收费金额（单位：万元）'], rows: [['行政事业性收费', '7545']] },
  ];
  const one = (n: number) => row(n, 0, 0, 0, 0, 0, n);
  spec.table3 = {
    new: one(95), carried: z7(), granted: one(50), partial: one(9), withheld3: one(1), withheld6: one(1),
    withheld7: one(1), unable1: one(31), unable2: one(1), rejected1: one(1), total: one(95), forward: z7(),
  };
  spec.table4 = row(1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, 3);
  return spec;
}

/**
 * 淮安市 2024 (2021 template), from the PDF (labels as printed: "第二十条 第（一）项", "1、申请人…").
 * Table 三 (C1 自然人, C2 商业企业, C5 法律服务机构, C6 其他, C7 总计; C3, C4 all 0):
 *   new 3001,53,0,0,61,4,3119 · carried 34,0,0,0,0,0,34 · granted 1288,21,0,0,50,3,1362 ·
 *   partial 447,7,…,454 · withheld1 2 · withheld2 30,1→31 · withheld3 5 · withheld4 6 ·
 *   withheld5 7,1→8 · withheld6 12 · withheld7 9 · withheld8 105 · unable1 746,12,0,0,10,1,769 ·
 *   unable2 11 · unable3 1 · rejected1 56,6→62 · rejected2 25 · rejected5 1 · other1 67,3,0,0,1,0,71 ·
 *   other2 6 · other3 108,2→110 · total 2932,53,0,0,61,4,3050 · forward 103,…,103.
 *   C1: 1288+447+176+758+82+181 = 2932; 3001+34 = 2932+103.  C2: 21+7+2+12+6+5 = 53; 53 = 53.
 *   C5: 50+10+1 = 61.  C6: 3+1 = 4.  C7: 1362+454+178+781+88+187 = 3050; 3119+34 = 3050+103.
 * Table 四: 72+64+178+37 = 351 · 13+4+8+1 = 26 · 12+1+1+6 = 20. Prose: 复议 351 件，其中 72+64+178+37 = 351;
 * 诉讼 46 件，其中 25+5+9+7 = 46 — both equal, so NA-01 passes.
 */
export function huaianCity2024(sourcesDir: string): ReportSpec {
  const text = readFileSync(`${sourcesDir}/huaian-city-2024.pdf.txt`, 'utf8');
  const prose = pdfProse(text, HEADINGS);
  const one = (n: number) => row(n, 0, 0, 0, 0, 0, n);
  return {
    titleLines: ['淮安市人民政府', '2024 年政府信息公开工作年度报告'],
    template: '2021',
    preamble: prose.preamble,
    headings: [...HEADINGS],
    prose: [prose.overview, [], [], [], prose.problems, prose.other],
    table2: [
      { item: '第二十条 第（一）项', headers: ['本年制发件数', '本年废止件数', '现行有效件数'], rows: [['规章', '1', '0', '11'], ['行政规范性文件', '8', '26', '66']] },
      { item: '第二十条 第（五）项', headers: ['本年处理决定数量'], rows: [['行政许可', '447228']] },
      { item: '第二十条 第（六）项', headers: ['本年处理决定数量'], rows: [['行政处罚', '3985758'], ['行政强制', '88283']] },
      { item: '第二十条 第（八）项', headers: ['本年收费金额（单位：万元）'], rows: [['行政事业性收费', '96171.6']] },
    ],
    table3: {
      new: row(3001, 53, 0, 0, 61, 4, 3119),
      carried: one(34),
      granted: row(1288, 21, 0, 0, 50, 3, 1362),
      partial: row(447, 7, 0, 0, 0, 0, 454),
      withheld1: one(2),
      withheld2: row(30, 1, 0, 0, 0, 0, 31),
      withheld3: one(5),
      withheld4: one(6),
      withheld5: row(7, 1, 0, 0, 0, 0, 8),
      withheld6: one(12),
      withheld7: one(9),
      withheld8: one(105),
      unable1: row(746, 12, 0, 0, 10, 1, 769),
      unable2: one(11),
      unable3: one(1),
      rejected1: row(56, 6, 0, 0, 0, 0, 62),
      rejected2: one(25),
      rejected3: z7(),
      rejected4: z7(),
      rejected5: one(1),
      other1: row(67, 3, 0, 0, 1, 0, 71),
      other2: one(6),
      other3: row(108, 2, 0, 0, 0, 0, 110),
      total: row(2932, 53, 0, 0, 61, 4, 3050),
      forward: one(103),
    },
    t3Labels: {
      other1: '1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      other2: '2、申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      other3: '3、其他',
    },
    table4: row(72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20),
    signOff: [],
  };
}
