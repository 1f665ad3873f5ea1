import { defineRule } from './define';

const FIRST_2021_YEAR = 2021;

export default defineRule({
  id: 'S-03',
  severity: 'error',
  group: 'structure',
  title: { zh: '模板版本与年度相符', en: 'Template version matches the year' },
  description: {
    zh: '2021年及以后的年报应使用2021版格式，2020年及以前使用2019版（试行）格式；不应混用两版表格。',
    en: 'Reports for 2021 and later must use the 2021 format, reports up to 2020 the 2019 (trial) format; the two must not be mixed.',
  },
  basis: '国办公开办函〔2019〕60号；国办公开办函〔2021〕30号',
  appliesTo: (report) => report.year !== null && report.template !== null,
  check(report, ctx) {
    const year = report.year!;
    const template = report.template!;
    // 2019 only encouraged the uniform format (国办公开办函〔2019〕60号), so format findings are W there.
    const severity = year === 2019 ? 'warning' : 'error';
    const expectedTemplate = year >= FIRST_2021_YEAR ? '2021' : '2019';
    if (template !== expectedTemplate) {
      ctx.violation({
        message: {
          zh: `${year}年度报告应使用${expectedTemplate}版格式，但使用了${template}版格式`,
          en: `A report for ${year} should use the ${expectedTemplate} format but uses the ${template} format`,
        },
        expected: `${expectedTemplate}版`,
        actual: `${template}版`,
        severity,
      });
    }
    const { v2019, v2021 } = report.templateMarkers;
    if (v2019.length > 0 && v2021.length > 0) {
      ctx.violation({
        message: {
          zh: `两版格式混用：既有2019版标记（${v2019.join('、')}），又有2021版标记（${v2021.join('、')}）`,
          en: `The two formats are mixed: 2019 markers (${v2019.join(', ')}) and 2021 markers (${v2021.join(', ')})`,
        },
        expected: `${expectedTemplate}版`,
        actual: '混用',
        severity: 'warning',
      });
    }
  },
});
