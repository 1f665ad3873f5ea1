import { defineRule } from './define';
import { cellValue, formatNumber } from './checks/relation';
import { hasTable3, t3Term } from './checks/table3';
import { findFeeAmounts, quote, sectionParagraphs, sentenceLocator } from '../narrative';
import { T3_TOTAL_COLUMN } from '../report/templates';
import type { Report } from '../schema';

// S-FEE charges in steps of 10元 (按量: 10/20/40元 a page; 按件: 100元 an application), and 按件
// fees start only above 10 applications a month from one applicant.
const FEE_STEP = 10;
const amountsOf = (report: Report) => findFeeAmounts(sectionParagraphs(report, 6)).filter((a) => a.yuan > 0);

export default defineRule({
  id: 'N-09',
  severity: 'info',
  group: 'narrative',
  title: { zh: '信息处理费金额合乎收费标准', en: 'Information-processing fee amount fits the fee scales' },
  description: {
    zh: '第六部分所述收取的信息处理费应为 10 元的整数倍（按量、按件标准均以 10 元计）；未收到任何申请却收取费用值得核实。',
    en: 'Fees stated in section 6 should be multiples of 10 yuan (both fee scales step in 10 yuan); a fee with no applications at all is doubtful.',
  },
  basis: '《政府信息公开信息处理费管理办法》（按件、按量计收标准）',
  appliesTo: (report) => amountsOf(report).length > 0,
  check(report, ctx) {
    const intake = hasTable3(report)
      ? [t3Term(report.table3!, 'new', T3_TOTAL_COLUMN), t3Term(report.table3!, 'carried', T3_TOTAL_COLUMN)].map((t) => cellValue(t.cell))
      : [];
    const noApplications = intake.length === 2 && intake.every((v) => v.kind === 'known' && v.value === 0);
    for (const amount of amountsOf(report)) {
      const yuan = formatNumber(amount.yuan);
      const locators = [sentenceLocator(amount.paragraph, amount.sentence)];
      const said = quote(amount.sentence);
      if (amount.yuan % FEE_STEP !== 0) {
        ctx.violation({
          message: {
            zh: `“${said}”：信息处理费 ${yuan} 元不是 10 元的整数倍，与收费标准不符`,
            en: `The information-processing fee of ${yuan} yuan is not a multiple of 10 yuan, which the fee scales always are`,
          },
          expected: '10 元的整数倍',
          actual: `${yuan} 元`,
          locators,
        });
      }
      if (noApplications) {
        ctx.violation({
          message: {
            zh: `“${said}”：称收取信息处理费 ${yuan} 元，但表三本年新收与上年结转申请均为 0`,
            en: `The text says ${yuan} yuan of fees were collected, but table 3 shows no new or carried-over applications`,
          },
          expected: '一+二 > 0',
          actual: '一+二 = 0',
          locators,
        });
      }
    }
  },
});
