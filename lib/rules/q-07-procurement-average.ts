import { defineRule } from './define';
import { cellValue, formatNumber } from './checks/relation';
import type { Report, Row } from '../schema';

const MIN_AVERAGE_WAN = 1; // 万元 per project

const procurementRow = (report: Report): Row | undefined =>
  report.table2?.blocks.flatMap((b) => b.rows).find((r) => r.id === 'procurement');

export default defineRule({
  id: 'Q-07',
  severity: 'info',
  group: 'text',
  title: { zh: '政府集中采购平均金额偏低', en: 'Low average per centralised-procurement project' },
  description: {
    zh: '2019版表二第二十条第（九）项：采购总金额除以采购项目数量低于1万元/项，可能填错单位或数量，值得核实。',
    en: '2019 table 2, Article 20 item 9: a total amount under 1万元 (10,000 yuan) per project suggests a wrong unit or count.',
  },
  basis: '《政府信息公开工作年度报告格式》（2019）表二第二十条第（九）项',
  appliesTo: (report) => report.template === '2019' && procurementRow(report) !== undefined,
  check(report, ctx) {
    const row = procurementRow(report)!;
    const [countCell, amountCell] = row.cells;
    const count = cellValue(countCell);
    const amount = cellValue(amountCell);
    if (count.kind !== 'known' || amount.kind !== 'known' || count.value <= 0) return;
    // The column has no unit: a cell in 元 is converted, a bare number is taken as 万元.
    const unit = amountCell?.unit ?? null;
    const wan = unit === '元' ? amount.value / 10000 : amount.value;
    const average = wan / count.value;
    if (average >= MIN_AVERAGE_WAN) return;
    const assumed = unit === null ? '（未注明单位，按万元计）' : '';
    ctx.violation({
      message: {
        zh: `政府集中采购 ${formatNumber(count.value)} 个项目共 ${formatNumber(wan)} 万元${assumed}，平均每项约 ${average.toFixed(3)} 万元，低于 1 万元`,
        en: `${formatNumber(count.value)} centralised-procurement projects for ${formatNumber(wan)}万元${unit === null ? ' (no unit; taken as 万元)' : ''}: about ${average.toFixed(3)}万元 each, under 1万元`,
      },
      expected: '平均每项 ≥ 1 万元',
      actual: `${formatNumber(wan)} ÷ ${formatNumber(count.value)} ≈ ${average.toFixed(3)} 万元`,
      locators: [countCell?.at, amountCell?.at],
    });
  },
});
