import { nfkc } from '../nfkc';
import { defineRule } from './define';

// S-F21's five sub-items of 总体情况, with the wordings portals use for each.
const ITEMS = [
  { zh: '主动公开', en: 'proactive disclosure', pattern: /主动公开/ },
  { zh: '依申请公开', en: 'disclosure on request', pattern: /依申请/ },
  { zh: '政府信息管理', en: 'information management', pattern: /(?:信息|资源)[^，,。；;]{0,12}管理/ },
  { zh: '政府信息公开平台建设', en: 'platform building', pattern: /平台[^，,。；;]{0,4}建设|建设[^，,。；;]{0,6}平台/ },
  { zh: '监督保障', en: 'supervision and safeguards', pattern: /监督[^，,。；;]{0,2}保障/ },
];

export default defineRule({
  id: 'S-06',
  severity: 'warning',
  group: 'structure',
  title: { zh: '总体情况涵盖五个方面', en: 'The overview covers the five sub-items' },
  description: {
    zh: '“一、总体情况”应涵盖主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障五个方面（2021版格式；2019版未明确要求，仅作提示）。',
    en: 'Section 1 should cover proactive disclosure, disclosure on request, information management, platform building and supervision (2021 format; only a hint for the 2019 format).',
  },
  basis: '国办公开办函〔2021〕30号（总体情况：主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障）',
  appliesTo: (report) => report.sections.some((s) => s.number === 1),
  check(report, ctx) {
    const section = report.sections.find((s) => s.number === 1)!;
    const text = nfkc([section.heading, ...section.paragraphs.map((p) => p.text)].join('\n'));
    const missing = ITEMS.filter((item) => !item.pattern.test(text));
    if (missing.length === 0) return;
    const old = report.template === '2019' || (report.year !== null && report.year <= 2020);
    ctx.violation({
      message: {
        zh: `总体情况缺少 ${missing.length} 个方面：${missing.map((m) => m.zh).join('、')}${old ? '（2019版格式，仅作提示）' : ''}`,
        en: `The overview lacks ${missing.length} of the five sub-items: ${missing.map((m) => m.en).join(', ')}${old ? ' (2019 format: a hint only)' : ''}`,
      },
      expected: ITEMS.map((m) => m.zh).join('、'),
      actual: `缺少${missing.map((m) => m.zh).join('、')}`,
      locators: [section.at],
      severity: old ? 'info' : 'warning',
    });
  },
});
