import { defineRule } from './define';
import { cellValue, formatNumber } from './checks/relation';
import { hasTable2, t2Rows, t2Version } from './checks/table2';

const BLOCKS = ['五', '六'];

// 本年增/减 counts items added or removed; 处理决定数量 counts decisions. Equal while there were no
// items last year suggests one number typed into both columns (seed 002).
export default defineRule({
  id: 'T2-06',
  severity: 'info',
  group: 'table2',
  title: { zh: '本年增/减与处理决定数量相同', en: '"Change this year" equals "decisions"' },
  description: {
    zh: '2019版表二第（五）（六）项中，上一年项目数量为 0 而本年增/减等于处理决定数量：两者含义不同（事项数量变化与处理决定数），可能是同一个数填进了两列。',
    en: 'In the 2019 table 2, items (五) and (六): with no items last year, the change in items equals the number of decisions. They are different things; the same number may have been typed into both columns.',
  },
  basis: '《政府信息公开工作年度报告格式（试行）》表二第二十条第（五）（六）项',
  appliesTo: (report) => hasTable2(report) && t2Version(report) === '2019',
  check(report, ctx) {
    for (const numeral of BLOCKS) {
      for (const row of t2Rows(report, numeral)) {
        const previous = row.cells.find((c) => c.header.includes('上一年项目数量'))?.term;
        const change = row.cells.find((c) => c.kind === 'delta')?.term;
        const decisions = row.cells.find((c) => c.header.includes('处理决定数量'))?.term;
        if (!previous || !change || !decisions) continue;
        const [p, c, d] = [previous, change, decisions].map((t) => cellValue(t.cell));
        if (p?.kind !== 'known' || c?.kind !== 'known' || d?.kind !== 'known') continue;
        if (p.value !== 0 || c.value === 0 || c.value !== d.value) continue;
        const label = previous.name.zh.replace(/·.*$/, '');
        const n = formatNumber(c.value);
        ctx.violation({
          message: {
            zh: `「${label}」上一年项目数量为 0，本年增/减与处理决定数量同为 ${n}：两列含义不同，可能填重了`,
            en: `${previous.name.en.replace(/ \(.*$/, '')}: no items last year, and both the change and the decisions are ${n}; the same number may have been typed into both columns`,
          },
          expected: '本年增/减（事项数变化）与处理决定数量各自填写',
          actual: `0 / ${n} / ${n}`,
          locators: [change.cell?.at, decisions.cell?.at],
        });
      }
    }
  },
});
