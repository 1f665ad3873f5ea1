import { defineRule } from './define';
import { formatNumber } from './checks/relation';
import { hasTable2, t2Cells, t2Version } from './checks/table2';
import type { Report } from '../schema';

const amountCells = (report: Report) =>
  t2Cells(report).filter((c) => c.item === '第二十条第（九）项' && c.kind === 'amount');

export default defineRule({
  id: 'T2-07',
  severity: 'warning',
  group: 'table2',
  title: { zh: '采购总金额未注明单位', en: 'Procurement amount has no unit' },
  description: {
    zh: '2019版表二第二十条第（九）项“采购总金额”表头没有单位，金额应在单元格内注明单位（元或万元），否则无法判断数额。',
    en: 'The 2019 table 2 header "采购总金额" has no unit, so the cell must state one (元 or 万元); otherwise the amount cannot be judged.',
  },
  basis: '《政府信息公开工作年度报告格式（试行）》表二第二十条第（九）项',
  appliesTo: (report) => hasTable2(report) && t2Version(report) === '2019' && amountCells(report).length > 0,
  check(report, ctx) {
    const block = report.table2!.blocks.find((b) => b.item === '第二十条第（九）项');
    if (block?.headers.some((h) => /元/.test(h))) return; // the page's header states the unit
    for (const { term } of amountCells(report)) {
      const cell = term.cell;
      if (cell?.kind !== 'number' || cell.value === null || cell.value === 0 || cell.unit !== null) continue;
      const n = formatNumber(cell.value);
      ctx.violation({
        message: {
          zh: `「${term.name.zh}」为 ${n}，未注明单位（表头也没有单位），无法判断是元还是万元`,
          en: `${term.name.en} is ${n} with no unit (the header has none either): 元 or 万元 cannot be told`,
        },
        expected: `${n}元 或 ${n}万元`,
        actual: cell.raw,
        locators: [cell.at],
      });
    }
  },
});
