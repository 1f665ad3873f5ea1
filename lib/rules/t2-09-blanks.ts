import { defineRule } from './define';
import { hasTable2, t2Cells } from './checks/table2';

export default defineRule({
  id: 'T2-09',
  severity: 'warning',
  group: 'table2',
  title: { zh: '表二存在空白单元格', en: 'Table 2 has blank cells' },
  description: {
    zh: '表二各单元格应填写数字（无则填 0），空白无法区分“没有”与“未填”。',
    en: 'Every cell of table 2 should hold a number (0 for none): a blank cannot be told from "not filled in".',
  },
  basis: '《政府信息公开工作年度报告格式》表二',
  appliesTo: hasTable2,
  check(report, ctx) {
    const blanks = t2Cells(report).filter((c) => c.term.cell?.kind === 'blank');
    if (blanks.length === 0) return;
    const n = blanks.length;
    const listed = blanks.slice(0, 8).map((b) => `「${b.term.name.zh}」`).join('') + (n > 8 ? `等` : '');
    ctx.violation({
      message: {
        zh: `表二有 ${n} 个空白单元格：${listed}`,
        en: `Table 2 has ${n} blank cell${n === 1 ? '' : 's'}: ${blanks.slice(0, 8).map((b) => b.term.name.en).join(', ')}${n > 8 ? ' …' : ''}`,
      },
      expected: '0',
      actual: String(n),
      locators: blanks.map((b) => b.term.cell?.at),
    });
  },
});
