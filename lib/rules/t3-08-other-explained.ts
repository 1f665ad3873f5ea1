import { defineRule } from './define';
import { cellValue, formatNumber } from './checks/relation';
import { hasTable3, T3_COLUMN_COUNT, t3Term } from './checks/table3';
import type { Report } from '../schema';

const TOTAL = T3_COLUMN_COUNT - 1;
/** Words that show the text explains what "其他" was. */
const EXPLAINED = /其他处理|其他情形|其他原因|其他情况|“其他”|"其他"/;

const allText = (report: Report) =>
  [...report.preamble, ...report.sections.flatMap((s) => s.paragraphs)].map((p) => p.text).join('\n');

export default defineRule({
  id: 'T3-08',
  severity: 'info',
  group: 'table3',
  title: { zh: '“其他”处理应有说明', en: '"Other" outcomes should be explained' },
  description: {
    zh: '表三“（六）3.其他”大于 0 时，正文应说明属于哪些情形。',
    en: 'When table 3 has applications under "(六) 3. other", the text should say what they were.',
  },
  basis: '《政府信息公开工作年度报告格式》（2021）表三（六）其他处理',
  appliesTo: (report) => hasTable3(report) && report.table3!.rows.some((r) => r.id === 'other3' && r.rawLabel !== null),
  check(report, ctx) {
    const term = t3Term(report.table3!, 'other3', TOTAL);
    const v = cellValue(term.cell);
    if (v.kind !== 'known' || v.value <= 0 || EXPLAINED.test(allText(report))) return;
    ctx.violation({
      message: {
        zh: `表三「${term.name.zh}」为 ${formatNumber(v.value)}，正文未说明这些“其他”处理属于哪些情形`,
        en: `Table 3 has ${formatNumber(v.value)} application(s) handled as "other", and the text does not say what they were`,
      },
      expected: '正文说明“其他”处理的情形',
      actual: '未说明',
      locators: [term.cell?.at],
    });
  },
});
