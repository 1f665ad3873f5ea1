import { defineRule } from './define';
import { evaluateRelation, ReviewCollector, sideValue, writeSide } from './checks/relation';
import { columnLabel, hasTable3, T3_COLUMN_COUNT, t3TermRows } from './checks/table3';

// The template's own note in the header cell: 第一项加第二项之和，等于第三项加第四项之和.
export default defineRule({
  id: 'T3-01',
  severity: 'error',
  group: 'table3',
  title: { zh: '表三勾稽关系：一+二 = 三(七)+四', en: 'Table 3 balance: new + carried over = handled + carried forward' },
  description: {
    zh: '每一列中，本年新收与上年结转之和应等于办理结果总计与结转下年度之和。',
    en: 'In every column, new plus carried-over applications must equal the total handled plus those carried forward.',
  },
  basis: '《政府信息公开工作年度报告格式》表三表头注：第一项加第二项之和，等于第三项加第四项之和',
  appliesTo: hasTable3,
  check(report, ctx) {
    const table = report.table3!;
    const review = new ReviewCollector({ zh: '一+二 = 三(七)+四', en: 'New + carried over = handled + carried forward' });
    const termRows = t3TermRows(table);
    const fresh = termRows.of('new');
    const carried = termRows.of('carried');
    const total = termRows.of('total');
    const forward = termRows.of('forward');
    for (let c = 0; c < T3_COLUMN_COUNT; c++) {
      const result = evaluateRelation([fresh[c]!, carried[c]!], [total[c]!, forward[c]!]);
      if (result.status === 'holds') continue;
      const col = columnLabel(c);
      if (result.status === 'depends') review.add({ zh: `「${col.zh}」列`, en: `${col.en} column` }, result);
      if (result.status !== 'fails') continue;
      const expected = writeSide('一+二', result.left);
      const actual = writeSide('三(七)+四', result.right);
      ctx.violation({
        message: {
          zh: `「${col.zh}」列：${expected}，${actual}，两边应相等`,
          en: `${col.en} column: new + carried over = ${sideValue(result.left, 'en')}, but total handled + carried forward = ${sideValue(result.right, 'en')}`,
        },
        expected,
        actual,
        locators: [...result.left.terms, ...result.right.terms].map((t) => t.cell?.at),
      });
    }
    const finding = review.finding();
    if (finding) ctx.needsReview(finding);
  },
});
