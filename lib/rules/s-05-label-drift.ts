import { nfkc } from '../nfkc';
import { defineRule } from './define';
import { t2BlockDef, t2Version } from './checks/table2';
import { t3RowDef } from './checks/table3';
import { T2_BLOCKS, type TemplateVersion } from '../report/templates';
import type { Locator, Report } from '../schema';

interface Drift {
  page: string;
  official: string;
  at: Locator | null;
}

/** Labels compare NFKC-normalised without whitespace: full-width brackets and spacing are not drift. */
const squash = (text: string) => nfkc(text).replace(/\s+/g, '');

// The template's wording is squashed once, not once per report (a few dozen constant strings).
const SQUASHED_OFFICIAL = new Map<string, string>();
function squashOfficial(text: string): string {
  let squashed = SQUASHED_OFFICIAL.get(text);
  if (squashed === undefined) SQUASHED_OFFICIAL.set(text, (squashed = squash(text)));
  return squashed;
}

/** The same label, maybe with its group heading in front ("（三）不予公开 1.属于国家秘密"). */
function sameLabel(page: string, official: string, group?: string): boolean {
  const p = squash(page);
  const o = squashOfficial(official);
  return p === o || (group !== undefined && p === squashOfficial(group) + o);
}

/** Each template's table 二 row labels by row id (the first row of an id, as the blocks list them). */
const T2_ROW_LABELS = Object.fromEntries(
  Object.entries(T2_BLOCKS).map(([version, blocks]) => {
    const labels = new Map<string, string>();
    for (const row of blocks.flatMap((b) => b.rows)) if (!labels.has(row.id)) labels.set(row.id, row.label);
    return [version, labels];
  }),
) as Record<TemplateVersion, Map<string, string>>;

function drifts(report: Report): Drift[] {
  const out: Drift[] = [];
  const rowLabels = report.table2 ? T2_ROW_LABELS[t2Version(report)] : undefined;
  for (const block of report.table2?.blocks ?? []) {
    const def = t2BlockDef(report, block.item);
    if (!def) continue;
    block.headers.forEach((header, i) => {
      const official = def.headers[i];
      if (official && block.headers.length === def.headers.length && !sameLabel(header, official)) {
        out.push({ page: header, official, at: report.table2!.at });
      }
    });
    for (const row of block.rows) {
      const official = rowLabels?.get(row.id);
      if (official && row.rawLabel !== null && !sameLabel(row.rawLabel, official)) out.push({ page: row.rawLabel, official, at: row.at });
    }
  }
  for (const row of report.table3?.rows ?? []) {
    const def = t3RowDef(row.id);
    if (def && row.rawLabel !== null && !sameLabel(row.rawLabel, def.label, def.group)) {
      out.push({ page: row.rawLabel, official: def.label, at: row.at });
    }
  }
  return out;
}

export default defineRule({
  id: 'S-05',
  severity: 'info',
  group: 'structure',
  title: { zh: '表格标签与官方表述一致', en: 'Table labels use the official wording' },
  description: {
    zh: '表格的行、列标签应与模板的官方表述一致（如“本年新收”而非“本年新收到”，“上年结转”而非“上年转结”）。',
    en: 'Row and column labels should use the template\'s wording (e.g. 本年新收, not 本年新收到; 上年结转, not 上年转结).',
  },
  basis: '《政府信息公开工作年度报告格式》表二、表三',
  appliesTo: (report) => report.table2 !== null || report.table3 !== null,
  check(report, ctx) {
    const found = drifts(report);
    if (found.length === 0) return;
    const n = found.length;
    ctx.violation({
      message: {
        zh: `${n} 处表格标签与官方表述不同：${found.map((d) => `“${d.page}”（应为“${d.official}”）`).join('；')}`,
        en: `${n} table label${n === 1 ? ' differs' : 's differ'} from the official wording: ${found.map((d) => `"${d.page}" (should be "${d.official}")`).join('; ')}`,
      },
      expected: found.map((d) => d.official).join('；'),
      actual: found.map((d) => d.page).join('；'),
      locators: found.map((d) => d.at),
    });
  },
});
