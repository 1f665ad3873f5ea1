import { defineRule } from './define';
import { evaluateAtLeast } from './checks/inequality';
import { AtLeastReporter, shown } from './checks/at-least-finding';
import { hasTable2, t2Rows, t2Version } from './checks/table2';

const BLOCKS = ['五', '六', '八'];

export default defineRule({
  id: 'T2-05',
  severity: 'error',
  group: 'table2',
  title: { zh: '上一年项目数量加本年增/减不为负', en: 'Items last year + change ≥ 0' },
  description: {
    zh: '2019版表二中，上一年项目数量加本年增/减即本年项目数量，不可能为负数。',
    en: 'In the 2019 table 2, items last year plus this year\'s change is the current number of items, which cannot be negative.',
  },
  basis: '《政府信息公开工作年度报告格式（试行）》表二第二十条第（五）（六）（八）项',
  appliesTo: (report) => hasTable2(report) && t2Version(report) === '2019',
  check(report, ctx) {
    const reporter = new AtLeastReporter(ctx, { zh: '上一年项目数量 + 本年增/减 ≥ 0', en: 'Items last year + change ≥ 0' });
    for (const numeral of BLOCKS) {
      for (const row of t2Rows(report, numeral)) {
        const previous = row.cells.find((c) => c.header.includes('上一年项目数量'))?.term;
        const change = row.cells.find((c) => c.kind === 'delta')?.term;
        if (!previous || !change) continue;
        const label = previous.name.zh.replace(/·.*$/, '');
        const sum = (previous.cell?.value ?? 0) + (change.cell?.value ?? 0);
        reporter.add(evaluateAtLeast([previous, change], []), { zh: `「${label}」行`, en: `${previous.name.en.replace(/ \(.*$/, '')} row` }, () => ({
          message: {
            zh: `「${label}」上一年项目数量 ${shown(previous)} 加本年增/减 ${shown(change)} = ${sum}，本年项目数量不可能为负`,
            en: `${previous.name.en.replace(/ \(.*$/, '')}: items last year ${shown(previous)} plus change ${shown(change)} = ${sum}, a negative number of items`,
          },
          expected: '上一年项目数量 + 本年增/减 ≥ 0',
          actual: `${shown(previous)} + (${shown(change)}) = ${sum}`,
        }));
      }
    }
    reporter.finish();
  },
});
