import { defineRule } from './define';
import { hasTable3, T3_COLUMN_COUNT } from './checks/table3';
import type { Locator } from '../schema';

// A blank is not a zero: the reader cannot tell "none" from "not filled in" (S-KIRO counts them too).
export default defineRule({
  id: 'T3-06',
  severity: 'warning',
  group: 'table3',
  title: { zh: '表三存在空白或“/”“—”单元格', en: 'Table 3 has blank, "/" or "—" cells' },
  description: {
    zh: '表三的数字单元格应填写数字（无则填 0），不应留空或填“/”“—”。',
    en: 'Every number cell of table 3 should hold a number (0 for none), not a blank, "/" or "—".',
  },
  basis: '《政府信息公开工作年度报告格式》表三（各项均为数量，无则为 0）',
  appliesTo: hasTable3,
  check(report, ctx) {
    let blank = 0;
    let na = 0;
    const locators: (Locator | null)[] = [];
    // Rows the parser did not find (rawLabel null) are not blanks on the page.
    for (const row of report.table3!.rows.filter((r) => r.rawLabel !== null)) {
      for (const cell of row.cells.slice(0, T3_COLUMN_COUNT)) {
        if (cell.kind === 'blank') blank++;
        else if (cell.kind === 'na') na++;
        else continue;
        locators.push(cell.at);
      }
    }
    const n = blank + na;
    if (n === 0) return;
    const detail = na > 0 && blank > 0 ? `（空白 ${blank} 个，“/”“—”等 ${na} 个）` : '';
    ctx.violation({
      message: {
        zh: `表三有 ${n} 个空白或“/”“—”单元格${detail}`,
        en: `Table 3 has ${n} blank, "/" or "—" cell${n === 1 ? '' : 's'}${na > 0 && blank > 0 ? ` (${blank} blank, ${na} "/" or "—")` : ''}`,
      },
      expected: '0',
      actual: String(n),
      locators,
    });
  },
});
