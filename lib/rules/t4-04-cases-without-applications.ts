import { defineRule } from './define';
import { cellValue, formatNumber } from './checks/relation';
import { hasTable3 } from './checks/table3';
import type { Report } from '../schema';

/** True when every cell of table 三 that was read is a known 0 (blanks leave it open). */
function table3AllZero(report: Report): boolean {
  const rows = report.table3!.rows.filter((r) => r.rawLabel !== null);
  return rows.every((row) => row.cells.every((cell) => {
    const v = cellValue(cell);
    return v.kind === 'known' && v.value === 0;
  }));
}

export default defineRule({
  id: 'T4-04',
  severity: 'info',
  group: 'table4',
  title: { zh: '表四有案件而表三全为 0', en: 'Table 4 has cases while table 3 is all zero' },
  description: {
    zh: '表四有复议或诉讼案件而表三全部为 0：可能（案件涉及主动公开或以前年度的申请），请核对。',
    en: 'Review or litigation cases while table 3 is all zero: possible (the case may concern proactive disclosure or older applications), but worth checking.',
  },
  basis: '《政府信息公开工作年度报告格式》表三、表四',
  appliesTo: (report) => hasTable3(report) && (report.table4?.cells.length ?? 0) > 0,
  check(report, ctx) {
    const cases = report.table4!.cells.filter((cell) => {
      const v = cellValue(cell);
      return v.kind === 'known' && v.value > 0;
    });
    if (cases.length === 0 || !table3AllZero(report)) return;
    const listed = cases.map((c) => formatNumber(c.value ?? 0)).join('、');
    ctx.violation({
      message: {
        zh: `表四有 ${cases.length} 个非零单元格（${listed}），而表三全部为 0：请核对案件是否涉及主动公开或以前年度的申请`,
        en: `Table 4 has ${cases.length} non-zero cell${cases.length === 1 ? '' : 's'} (${listed}) while table 3 is all zero: check whether the cases concern proactive disclosure or older applications`,
      },
      expected: '表四 = 0，或表三有相应申请',
      actual: `表四非零 ${cases.length} 处；表三全为 0`,
      locators: cases.map((c) => c.at),
    });
  },
});
