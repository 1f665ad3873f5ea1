import { defineRule } from './define';
import { cellValue, formatNumber } from './checks/relation';
import { hasTable3, T3_COLUMN_COUNT, t3Term } from './checks/table3';
import { applicationParagraphs, findNoApplicationStatements, mentionsCarriedOver, quote, sentenceLocator } from '../narrative';
import type { Report } from '../schema';
import { memo } from '../narrative/memo';

const TOTAL = T3_COLUMN_COUNT - 1;

// Only where the report speaks of applications (一·依申请公开, 三): "未收到…申请" elsewhere may be about other matters.
const findStatements = (report: Report) => findNoApplicationStatements(applicationParagraphs(report));
const statementsOf = (report: Report) => memo(report, findStatements);

export default defineRule({
  id: 'N-01',
  severity: 'error',
  group: 'narrative',
  title: { zh: '“未收到申请”与表三一致', en: '"No applications received" agrees with table 3' },
  description: {
    zh: '正文称未收到政府信息公开申请（或“零报告”）时，表三本年新收总计应为 0；无上年结转时，办理结果总计也应为 0。',
    en: 'When the text says no applications were received (or "zero report"), table 3 must show 0 new applications, and 0 handled unless some were carried over.',
  },
  basis: '《政府信息公开条例》第五十条（二）；表三“一、本年新收”“（七）总计”',
  appliesTo: (report) => hasTable3(report) && statementsOf(report).length > 0,
  check(report, ctx) {
    const table = report.table3!;
    const statement = statementsOf(report)[0]!;
    const said = quote(statement.sentence);
    const sentenceAt = sentenceLocator(statement.paragraph, statement.sentence);
    const carriedTerm = t3Term(table, 'carried', TOTAL);
    const carried = cellValue(carriedTerm.cell);
    const carriedOver = mentionsCarriedOver(applicationParagraphs(report)) || (carried.kind === 'known' && carried.value > 0);

    const checks = [{ rowId: 'new', en: 'new applications' }];
    if (!carriedOver) checks.push({ rowId: 'total', en: 'applications handled' });
    const blanks: string[] = [];
    for (const { rowId, en } of checks) {
      const term = t3Term(table, rowId, TOTAL);
      const v = cellValue(term.cell);
      if (v.kind !== 'known') {
        blanks.push(term.name.zh);
        continue;
      }
      if (v.value === 0) continue;
      const n = formatNumber(v.value);
      ctx.violation({
        message: {
          zh: `正文称“${said}”，但表三「${term.name.zh}」为 ${n}`,
          en: `The text says no applications were received ("${said}"), but table 3 shows ${n} ${en}`,
        },
        expected: `${term.name.zh} = 0`,
        actual: `${term.name.zh} = ${n}`,
        locators: [sentenceAt, term.cell?.at],
      });
    }
    if (blanks.length > 0) {
      ctx.needsReview({
        message: {
          zh: `正文称“${said}”，表三${blanks.map((b) => `「${b}」`).join('')}为空白：若为 0 则一致`,
          en: `The text says no applications were received; the matching table 3 cells are blank: consistent if they are 0`,
        },
        locators: [sentenceAt],
      });
    }
  },
});
