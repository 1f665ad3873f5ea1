import { defineRule } from './define';
import { cellValue, formatNumber } from './checks/relation';
import { hasTable3, T3_COLUMN_COUNT, t3Term } from './checks/table3';
import type { Report } from '../schema';

const TOTAL = T3_COLUMN_COUNT - 1;
const FEE_WORDS = /收费通知|信息处理费/;

/** 逾期未按收费通知要求缴纳费用 (R22), total column. */
const unpaid = (report: Report) => {
  const term = t3Term(report.table3!, 'other2', TOTAL);
  const v = cellValue(term.cell);
  return { term, value: v.kind === 'known' ? v.value : 0 };
};

export default defineRule({
  id: 'T3-07',
  severity: 'info',
  group: 'table3',
  title: { zh: '有逾期未缴费的申请，第六部分应说明收费', en: 'Unpaid fees in table 3 should be explained in section 6' },
  description: {
    zh: '表三“申请人逾期未按收费通知要求缴纳费用”大于 0，说明发出过收费通知，第六部分应报告信息处理费收取情况。',
    en: 'Applications dropped for unpaid fees mean fee notices were issued: section 6 should report the information-processing fees.',
  },
  basis: '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）；《政府信息公开工作年度报告格式》（2021）第六部分',
  appliesTo: (report) => hasTable3(report) && report.table3!.rows.some((r) => r.id === 'other2' && r.rawLabel !== null),
  check(report, ctx) {
    const { term, value } = unpaid(report);
    if (value <= 0) return;
    const section6 = report.sections.find((s) => s.number === 6);
    const text = section6 ? [section6.heading, ...section6.paragraphs.map((p) => p.text)].join('\n') : '';
    if (FEE_WORDS.test(text)) return;
    ctx.violation({
      message: {
        zh: `表三「${term.name.zh}」为 ${formatNumber(value)}，说明发出过收费通知，但第六部分未提及收费通知或信息处理费`,
        en: `Table 3 shows ${formatNumber(value)} application(s) dropped for unpaid fees, so fee notices were issued, but section 6 does not mention fee notices or information-processing fees`,
      },
      expected: '第六部分说明信息处理费（收费通知）情况',
      actual: section6 ? '第六部分未提及' : '无第六部分',
      locators: [term.cell?.at, section6?.at],
    });
  },
});
