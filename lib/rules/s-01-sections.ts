import { defineRule } from './define';
import { SECTIONS } from '../report/templates';

const NUMERALS = ['', '一', '二', '三', '四', '五', '六'];
const SECTION_EN = [
  '',
  'Overview',
  'Proactive disclosure',
  'Applications received and handled',
  'Administrative review and litigation',
  'Main problems and improvements',
  'Other matters',
];

export default defineRule({
  id: 'S-01',
  severity: 'error',
  group: 'structure',
  title: { zh: '六个部分齐全且顺序正确', en: 'All six sections present, in order' },
  description: {
    zh: '报告应依次包含：一、总体情况；二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况；四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题及改进情况；六、其他需要报告的事项。',
    en: 'The report must contain the six template sections, in order: overview, proactive disclosure, applications, review and litigation, problems and improvements, other matters.',
  },
  basis: '《政府信息公开条例》第五十条；《政府信息公开工作年度报告格式》',
  appliesTo: () => true,
  check(report, ctx) {
    const numbers = report.sections.map((s) => s.number);
    for (const section of SECTIONS) {
      if (numbers.includes(section.number)) continue;
      ctx.violation({
        message: {
          zh: `缺少第${NUMERALS[section.number]}部分「${section.title}」`,
          en: `Section ${section.number} "${SECTION_EN[section.number]}" is missing`,
        },
        expected: `${NUMERALS[section.number]}、${section.title}`,
        actual: null,
      });
    }
    // First appearance of each section, in page order, must be increasing.
    const firsts = report.sections.filter((s, i) => numbers.indexOf(s.number) === i);
    const inOrder = firsts.every((s, i) => i === 0 || (firsts[i - 1]?.number ?? 0) < s.number);
    if (inOrder) return;
    const order = firsts.map((s) => NUMERALS[s.number] ?? String(s.number));
    ctx.violation({
      message: {
        zh: `各部分顺序不对：页面上依次为 ${order.join('、')}`,
        en: `Sections are out of order: the page has ${firsts.map((s) => s.number).join(', ')}`,
      },
      expected: [...order].sort((a, b) => NUMERALS.indexOf(a) - NUMERALS.indexOf(b)).join('、'),
      actual: order.join('、'),
      locators: firsts.map((s) => s.at),
    });
  },
});
