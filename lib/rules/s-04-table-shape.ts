import { defineRule } from './define';
import { t2Version } from './checks/table2';
import { T2_BLOCKS } from '../report/templates';
import type { Locator, Report, ShapeIssue } from '../schema';

interface Problem {
  zh: string;
  en: string;
  at: Locator[];
}

const fromIssue = (issue: ShapeIssue): Problem => ({ zh: issue.message.zh, en: issue.message.en, at: issue.at });

/** Table 二 against its template (reference §3.1, §3.2): blocks, rows and header counts. */
function table2Problems(report: Report): Problem[] {
  const table = report.table2!;
  const problems = table.shapeIssues.map(fromIssue);
  const at = table.at ? [table.at] : [];
  for (const def of T2_BLOCKS[t2Version(report)]) {
    const block = table.blocks.find((b) => b.item === def.item);
    if (!block) {
      problems.push({ zh: `表二缺少「${def.item}」`, en: `Table 2 lacks block ${def.item}`, at });
      continue;
    }
    for (const row of def.rows) {
      if (!block.rows.some((r) => r.id === row.id)) {
        problems.push({ zh: `表二「${def.item}」缺少「${row.label}」一行`, en: `Table 2 ${def.item} lacks the row ${row.label}`, at });
      }
    }
    if (block.headers.length > 0 && block.headers.length !== def.headers.length) {
      problems.push({
        zh: `表二「${def.item}」有 ${block.headers.length} 列，应为 ${def.headers.length} 列（${def.headers.join('、')}）`,
        en: `Table 2 ${def.item} has ${block.headers.length} columns; it should have ${def.headers.length}`,
        at,
      });
    }
  }
  return problems;
}

const TABLES = [
  { numeral: '二', en: '2', problems: (r: Report) => (r.table2 ? table2Problems(r) : []) },
  { numeral: '三', en: '3', problems: (r: Report) => (r.table3?.shapeIssues ?? []).map(fromIssue) },
  { numeral: '四', en: '4', problems: (r: Report) => (r.table4?.shapeIssues ?? []).map(fromIssue) },
];

// One finding per table, listing its problems: the parser has already kept columns from shifting.
export default defineRule({
  id: 'S-04',
  severity: 'warning',
  group: 'structure',
  title: { zh: '表格结构符合模板', en: 'Tables have the template\'s shape' },
  description: {
    zh: '表二的项目、行和列，表三的 7 列 × 25 行（2019版 23 行），表四的 15 个单元格应与模板一致；多出或缺少单元格、行标签错位都应指出。',
    en: 'Table 2\'s blocks, rows and columns, table 3\'s 7 columns × 25 rows (23 in 2019) and table 4\'s 15 cells must match the template; extra or missing cells and detached labels are reported.',
  },
  basis: '《政府信息公开工作年度报告格式》表二、表三、表四',
  appliesTo: (report) => report.table2 !== null || report.table3 !== null || report.table4 !== null,
  check(report, ctx) {
    for (const table of TABLES) {
      const problems = table.problems(report);
      if (problems.length === 0) continue;
      const n = problems.length;
      ctx.violation({
        message: {
          zh: `表${table.numeral}结构与模板不符（${n} 处）：${problems.map((p) => p.zh).join('；')}`,
          en: `Table ${table.en} does not have the template's shape (${n} problem${n === 1 ? '' : 's'}): ${problems.map((p) => p.en).join('; ')}`,
        },
        expected: '与模板一致',
        actual: `${n} 处不符`,
        locators: problems.flatMap((p) => p.at),
      });
    }
  },
});
