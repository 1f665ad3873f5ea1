import { defineRule } from './define';
import { evaluateAtLeast } from './checks/inequality';
import { AtLeastReporter, shown } from './checks/at-least-finding';
import { hasTable2, t2Term, t2Version } from './checks/table2';

const ROWS = [
  { id: 'rules', zh: '规章', en: 'regulations' },
  { id: 'normative', zh: '行政规范性文件', en: 'normative documents' },
];

export default defineRule({
  id: 'T2-03',
  severity: 'warning',
  group: 'table2',
  title: { zh: '现行有效件数不少于本年制发减废止', en: 'Documents in force ≥ issued − repealed' },
  description: {
    zh: '2021版表二第二十条第（一）项中，现行有效件数应不少于本年制发件数减本年废止件数（新制发的文件除废止外仍有效；到期失效可解释差额）。',
    en: 'In the 2021 table 2, item (一): documents in force should be at least those issued this year minus those repealed (new documents stay in force unless repealed; expiry can explain a gap).',
  },
  basis: '《政府信息公开工作年度报告格式》（2021）表二第二十条第（一）项',
  appliesTo: (report) => hasTable2(report) && t2Version(report) === '2021',
  check(report, ctx) {
    const reporter = new AtLeastReporter(ctx, { zh: '现行有效件数 ≥ 本年制发件数 − 本年废止件数', en: 'In force ≥ issued − repealed' });
    for (const row of ROWS) {
      const inForce = t2Term(report, '一', row.id, '现行有效件数');
      const issued = t2Term(report, '一', row.id, '本年制发件数');
      const repealed = t2Term(report, '一', row.id, '本年废止件数');
      if (!inForce || !issued || !repealed) continue;
      reporter.add(evaluateAtLeast([inForce, repealed], [issued]), { zh: `「${row.zh}」行`, en: `${row.en} row` }, () => {
        const net = `${shown(issued)} − ${shown(repealed)}`;
        return {
          message: {
            zh: `「${row.zh}」现行有效件数为 ${shown(inForce)}，少于本年制发件数减本年废止件数 ${net}`,
            en: `${row.en}: ${shown(inForce)} in force, fewer than issued minus repealed (${net})`,
          },
          expected: `现行有效件数 ≥ ${net}`,
          actual: `现行有效件数 = ${shown(inForce)}`,
        };
      });
    }
    reporter.finish();
  },
});
