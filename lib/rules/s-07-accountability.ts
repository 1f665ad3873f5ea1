import { defineRule } from './define';
import type { Report } from '../schema';
import { proseOf } from '../narrative';

const GOVERNMENTS = new Set(['township', 'subdistrict', 'county', 'city']);
const TOPICS = [
  { zh: '考核', en: 'performance assessment', pattern: /考核/ },
  { zh: '评议', en: 'public evaluation', pattern: /评议/ },
  { zh: '责任追究', en: 'accountability', pattern: /责任追究|追究责任/ },
];

// proseOf holds the title, headings and paragraphs in page order. The topics' words hold no line
// break, so testing each text finds what the texts joined by "\n" would, without copying them all.
const mentions = (report: Report, pattern: RegExp): boolean => proseOf(report).some((p) => pattern.test(p.text));

export default defineRule({
  id: 'S-07',
  severity: 'warning',
  group: 'structure',
  title: { zh: '人民政府年报说明考核、评议和责任追究', en: 'Government reports cover assessment, evaluation and accountability' },
  description: {
    zh: '各级人民政府（含乡镇、作为派出机关的街道）的年报应报告政府信息公开工作考核、社会评议和责任追究结果情况。',
    en: 'Reports of people\'s governments (including townships and subdistricts) must report on performance assessment, public evaluation and accountability.',
  },
  basis: '《政府信息公开条例》第五十条第（四）项；国办公开办函〔2021〕30号（监督保障）',
  appliesTo: (report) => report.issuerType !== null && GOVERNMENTS.has(report.issuerType),
  check(report, ctx) {
    const missing = TOPICS.filter((t) => !mentions(report, t.pattern));
    if (missing.length === 0) return;
    const overview = report.sections.find((s) => s.number === 1);
    ctx.violation({
      message: {
        zh: `人民政府年报应报告工作考核、社会评议和责任追究结果情况，全文未提及：${missing.map((m) => m.zh).join('、')}`,
        en: `A government's report must cover assessment, public evaluation and accountability; the text never mentions: ${missing.map((m) => m.en).join(', ')}`,
      },
      expected: '考核、评议、责任追究',
      actual: `缺少${missing.map((m) => m.zh).join('、')}`,
      locators: [overview?.at],
    });
  },
});
