// A corpus report as data (title, prose, the three tables' raw cell texts), and its layout as the
// seed fixtures draw it: rows of cells where a merged label shows as an empty cell on the rows it
// covers. The page renderers (render-word, render-simple, ./shapes) draw that layout many ways.
import type { Block, Row, SeedReport } from '../fixtures/seed-blocks';
import { T3_ROWS, type TemplateVersion } from '../../lib/report/templates';

export interface T2BlockSpec {
  item: string;
  headers: string[];
  /** [label, ...values] */
  rows: string[][];
}

export interface ReportSpec {
  /** The title as printed: one line, or organ line + year line. */
  titleLines: string[];
  template: TemplateVersion;
  preamble: string[];
  /** The six headings as written; null leaves the section out. */
  headings: (string | null)[];
  /** Prose per section (index 0 = 一). Sections 二–四 put their prose before the table. */
  prose: string[][];
  table2: T2BlockSpec[];
  /** Raw cell texts (7 per row) by template row id. */
  table3: Record<string, string[]>;
  /** Row labels as written on the page, where they differ from the template's. */
  t3Labels?: Record<string, string>;
  /** Group labels as written (三、本年度办理结果, （三）不予公开, …). */
  t3Groups?: Partial<Record<'outcomes' | 'withheld' | 'unable' | 'rejected' | 'other', string>>;
  t3Header?: { note?: string; org?: string; columns?: string[] };
  /** 15 raw cell texts. */
  table4: string[];
  signOff: string[];
}

export const T3_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
export const T3_COLUMN_WORDS = ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
export const HEADINGS = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];

const GROUP_OF: Record<string, 'withheld' | 'unable' | 'rejected' | 'other'> = {};
for (const def of T3_ROWS['2021']) {
  if (def.id.startsWith('withheld')) GROUP_OF[def.id] = 'withheld';
  else if (def.id.startsWith('unable')) GROUP_OF[def.id] = 'unable';
  else if (def.id.startsWith('rejected')) GROUP_OF[def.id] = 'rejected';
  else if (def.id.startsWith('other')) GROUP_OF[def.id] = 'other';
}
const GROUP_LABEL = { withheld: '（三）不予公开', unable: '（四）无法提供', rejected: '（五）不予处理', other: '（六）其他处理' };

const c = (text: string): string[] => [text];

/** Table 二 in seed layout: a one-cell row per item, 信息内容 + headers, label + values. */
export function table2Layout(spec: ReportSpec): Row[] {
  return spec.table2.flatMap((block) => [
    [c(block.item)],
    [c('信息内容'), ...block.headers.map(c)],
    ...block.rows.map((row) => row.map(c)),
  ]);
}

/** Table 三's three header rows in seed layout. */
export function table3HeaderLayout(spec: ReportSpec): Row[] {
  const columns = spec.t3Header?.columns ?? T3_COLUMN_WORDS;
  return [
    [c(spec.t3Header?.note ?? T3_NOTE), c('申请人情况')],
    [c(''), c('自然人'), c(spec.t3Header?.org ?? '法人或其他组织'), c('总计')],
    [c(''), c(''), ...columns.map(c), c('')],
  ];
}

/** Table 三's data rows in seed layout: label cells (1–3) then the 7 values. */
export function table3DataLayout(spec: ReportSpec): { id: string; row: Row }[] {
  const label = (id: string, official: string) => spec.t3Labels?.[id] ?? official;
  const group = (key: keyof typeof GROUP_LABEL | 'outcomes', fallback: string) => spec.t3Groups?.[key] ?? fallback;
  const seen = new Set<string>();
  return T3_ROWS[spec.template].map((def) => {
    const values = (spec.table3[def.id] ?? new Array(7).fill('0')).map(c);
    let labels: Row;
    if (def.id === 'new' || def.id === 'carried' || def.id === 'forward') labels = [c(label(def.id, def.label))];
    else {
      const first = def.id === 'granted' ? c(group('outcomes', '三、本年度办理结果')) : c('');
      const g = GROUP_OF[def.id];
      if (g && def.id !== 'other') {
        const head = seen.has(g) ? c('') : c(group(g, GROUP_LABEL[g]));
        seen.add(g);
        labels = [first, head, c(label(def.id, def.label))];
      } else labels = [first, c(label(def.id, def.label))];
    }
    return { id: def.id, row: [...labels, ...values] };
  });
}

export function table3Layout(spec: ReportSpec): Row[] {
  return [...table3HeaderLayout(spec), ...table3DataLayout(spec).map((r) => r.row)];
}

export function table4Layout(spec: ReportSpec): Row[] {
  const outcomes = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  return [
    [c('行政复议'), c('行政诉讼')],
    [...outcomes.map(c), c('未经复议直接起诉'), c('复议后起诉')],
    [c(''), c(''), c(''), c(''), c(''), ...outcomes.map(c), ...outcomes.map(c)],
    spec.table4.map(c),
  ];
}

export type TableName = 'table2' | 'table3' | 'table4';
export type SpecBlock = { kind: 'p'; text: string } | { kind: 'table'; name: TableName; rows: Row[] };

/** The report in reading order: title lines, preamble, sections with their tables, sign-off. */
export function specBlocks(spec: ReportSpec): SpecBlock[] {
  const blocks: SpecBlock[] = spec.titleLines.map((text) => ({ kind: 'p', text }));
  blocks.push(...spec.preamble.map((text) => ({ kind: 'p' as const, text })));
  const tables: Record<number, () => SpecBlock> = {
    1: () => ({ kind: 'table', name: 'table2', rows: table2Layout(spec) }),
    2: () => ({ kind: 'table', name: 'table3', rows: table3Layout(spec) }),
    3: () => ({ kind: 'table', name: 'table4', rows: table4Layout(spec) }),
  };
  spec.headings.forEach((heading, index) => {
    if (heading !== null) blocks.push({ kind: 'p', text: heading });
    blocks.push(...(spec.prose[index] ?? []).map((text) => ({ kind: 'p' as const, text })));
    const table = tables[index];
    if (table) blocks.push(table());
  });
  blocks.push(...spec.signOff.map((text) => ({ kind: 'p' as const, text })));
  return blocks;
}

/** The spec as the seed renderers take it (the title is the joined title lines). */
export function toSeedReport(spec: ReportSpec): SeedReport {
  const blocks: Block[] = specBlocks(spec)
    .slice(spec.titleLines.length)
    .map((b) => (b.kind === 'p' ? b : { kind: 'table', rows: b.rows }));
  return { title: spec.titleLines.join(''), blocks };
}
