import { defineRule } from './define';
import { formatNumber } from './checks/relation';
import { hasTable2, t2Cells, t2Version } from './checks/table2';
import type { Report } from '../schema';

const LARGE_FOR_A_TOWN = 10000; // 万元, i.e. 1亿元 of fees
const MAX_DECIMALS = 4;

const feeCells = (report: Report) => t2Cells(report).filter((c) => c.item === '第二十条第（八）项' && c.kind === 'amount');

export default defineRule({
  id: 'T2-08',
  severity: 'warning',
  group: 'table2',
  title: { zh: '收费金额单位（万元）', en: 'Fee amount in 万元' },
  description: {
    zh: '2021版表二第二十条第（八）项“本年收费金额”以万元为单位：单元格写“元”，或乡镇、街道的金额达 10000 万元以上，可能是元与万元混淆；超过 4 位小数为提示。',
    en: 'The 2021 table 2 fee amount is in 万元: a cell in 元, or 10000 万元 or more for a township or subdistrict, suggests a 元/万元 mix-up; more than 4 decimals is a hint.',
  },
  basis: '《政府信息公开工作年度报告格式》（2021）表二第二十条第（八）项“本年收费金额（单位：万元）”',
  appliesTo: (report) => hasTable2(report) && t2Version(report) === '2021' && feeCells(report).length > 0,
  check(report, ctx) {
    const town = report.issuerType === 'township' || report.issuerType === 'subdistrict';
    for (const { term } of feeCells(report)) {
      const cell = term.cell;
      if (cell?.kind !== 'number' || cell.value === null) continue;
      const n = formatNumber(cell.value);
      const inYuan = cell.unit === '元' || (/元/.test(cell.raw) && !/万元/.test(cell.raw));
      if (inYuan || (town && cell.value >= LARGE_FOR_A_TOWN)) {
        ctx.violation({
          message: inYuan
            ? { zh: `「${term.name.zh}」写作“${cell.raw}”，单位应为万元`, en: `${term.name.en} is written "${cell.raw}"; the unit should be 万元` }
            : {
                zh: `「${term.name.zh}」为 ${n} 万元，对乡镇、街道而言过大，可能把元填成了万元`,
                en: `${term.name.en} is ${n} 万元, implausibly large for a township or subdistrict: 元 may have been entered as 万元`,
              },
          expected: inYuan ? `${formatNumber(cell.value / 10000)}（万元）` : `< ${LARGE_FOR_A_TOWN} 万元`,
          actual: cell.raw,
          locators: [cell.at],
        });
      }
      const decimals = /\.(\d+)/.exec(cell.raw.normalize('NFKC'))?.[1]?.length ?? 0;
      if (decimals > MAX_DECIMALS) {
        ctx.violation({
          message: {
            zh: `「${term.name.zh}」“${cell.raw}”有 ${decimals} 位小数，万元金额保留 4 位小数（精确到元）即可`,
            en: `${term.name.en} "${cell.raw}" has ${decimals} decimals; 4 (to the 元) are enough for 万元`,
          },
          expected: `≤ ${MAX_DECIMALS} 位小数`,
          actual: `${decimals} 位小数`,
          locators: [cell.at],
          severity: 'info',
        });
      }
    }
  },
});
