import { defineRule } from './define';
import { sectionParagraphs } from '../narrative';

const FIRST_YEAR = 2021;

export default defineRule({
  id: 'N-08',
  severity: 'warning',
  group: 'narrative',
  title: { zh: '第六部分说明信息处理费收取情况', en: 'Section 6 reports information-processing fees' },
  description: {
    zh: '2021年及以后的年报，第六部分“其他需要报告的事项”应说明信息处理费的收取情况（未收取也应写明）；只写“无”视为缺少。',
    en: 'From 2021, section 6 must state whether information-processing fees were charged (saying none were is enough); a bare "无" does not.',
  },
  basis: '《政府信息公开信息处理费管理办法》；《政府信息公开工作年度报告格式》（2021）第六部分',
  appliesTo: (report) => report.year !== null && report.year >= FIRST_YEAR && report.sections.some((s) => s.number === 6),
  check(report, ctx) {
    const section = report.sections.find((s) => s.number === 6)!;
    if (sectionParagraphs(report, 6).some((p) => p.text.includes('信息处理费'))) return;
    const body = section.paragraphs.map((p) => p.text.trim()).filter(Boolean);
    const shown = body.length === 0 ? '（空）' : `“${body[0]!.slice(0, 30)}”`;
    ctx.violation({
      message: {
        zh: `第六部分未说明信息处理费收取情况（现为 ${shown}）；未收取也应写明“未收取信息处理费”`,
        en: `Section 6 does not say whether information-processing fees were charged (it reads ${body.length === 0 ? 'nothing' : shown}); even "none charged" must be stated`,
      },
      expected: '说明信息处理费收取情况',
      actual: body.length === 0 ? '（空）' : body.join(' ').slice(0, 60),
      locators: [section.paragraphs[0]?.at ?? section.at],
    });
  },
});
