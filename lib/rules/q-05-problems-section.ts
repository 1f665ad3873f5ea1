import { defineRule } from './define';

const EMPTY = /^(?:无|暂无|没有|无\.|无。|\/|—+)?$/;

export default defineRule({
  id: 'Q-05',
  severity: 'warning',
  group: 'text',
  title: { zh: '第五部分内容空缺', en: 'Section 5 is empty' },
  description: {
    zh: '第五部分“存在的主要问题及改进情况”不应为空或只写“无”。',
    en: 'Section 5 (main problems and improvements) must not be empty or just "无" (none).',
  },
  basis: '《政府信息公开条例》第五十条（四）；《政府信息公开工作年度报告格式》第五部分',
  appliesTo: (report) => report.sections.some((s) => s.number === 5),
  check(report, ctx) {
    const section = report.sections.find((s) => s.number === 5)!;
    const body = section.paragraphs.map((p) => p.text.replace(/\s+/g, '')).filter(Boolean);
    if (!body.every((text) => EMPTY.test(text))) return;
    const actual = body.length === 0 ? '（空）' : body.join(' ');
    ctx.violation({
      message: {
        zh: `第五部分“存在的主要问题及改进情况”${body.length === 0 ? '没有内容' : `只写了“${actual}”`}`,
        en: `Section 5 (main problems and improvements) ${body.length === 0 ? 'is empty' : `only says "${actual}"`}`,
      },
      expected: '存在的问题及改进措施',
      actual,
      locators: [section.paragraphs[0]?.at ?? section.at],
    });
  },
});
