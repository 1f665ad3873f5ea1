import { defineRule } from './define';
import { evaluateAtLeast } from './checks/inequality';
import { AtLeastReporter, shown } from './checks/at-least-finding';
import { hasTable2, t2Term, t2Version } from './checks/table2';

const ROWS = [
  { id: 'rules', zh: '规章', en: 'regulations' },
  { id: 'normative', zh: '规范性文件', en: 'normative documents' },
];

export default defineRule({
  id: 'T2-04',
  severity: 'warning',
  group: 'table2',
  title: { zh: '对外公开总数量不少于本年新公开数量', en: 'Total published ≥ published this year' },
  description: {
    zh: '2019版表二第二十条第（一）项中，对外公开总数量（累计）应不少于本年新公开数量。',
    en: 'In the 2019 table 2, item (一): the cumulative total published should be at least the number published this year.',
  },
  basis: '《政府信息公开工作年度报告格式（试行）》表二第二十条第（一）项',
  appliesTo: (report) => hasTable2(report) && t2Version(report) === '2019',
  check(report, ctx) {
    const reporter = new AtLeastReporter(ctx, { zh: '对外公开总数量 ≥ 本年新公开数量', en: 'Total published ≥ published this year' });
    for (const row of ROWS) {
      const total = t2Term(report, '一', row.id, '对外公开总数量');
      const published = t2Term(report, '一', row.id, '本年新公开数量');
      if (!total || !published) continue;
      reporter.add(evaluateAtLeast([total], [published]), { zh: `「${row.zh}」行`, en: `${row.en} row` }, () => ({
        message: {
          zh: `「${row.zh}」对外公开总数量为 ${shown(total)}，少于本年新公开数量 ${shown(published)}（累计总数应包含本年）`,
          en: `${row.en}: the total published (${shown(total)}) is less than this year's (${shown(published)}); the total includes this year`,
        },
        expected: `对外公开总数量 ≥ ${shown(published)}`,
        actual: `对外公开总数量 = ${shown(total)}`,
      }));
    }
    reporter.finish();
  },
});
