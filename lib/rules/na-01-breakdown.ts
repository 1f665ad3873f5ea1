import { defineRule } from './define';
import { formatNumber } from './checks/relation';
import { assessBreakdown, findBreakdowns, mixedUnits, narrativeParagraphs, quote, sentenceLocator } from '../narrative';

export default defineRule({
  id: 'NA-01',
  severity: 'error',
  group: 'narrative',
  title: { zh: '“其中”各项之和不超过总数', en: 'Parts listed after "其中" do not exceed the total' },
  description: {
    zh: '正文“共N条，其中a条、b条…”中，所列各项之和不应超过总数（超过为错误，不足为提示）；括号内的子项不计入。',
    en: 'In "N items, of which a, b, …", the listed parts must not add up to more than the total (more is an error, less a hint); bracketed subsets are not counted.',
  },
  basis: '数据真实、准确（《政府信息公开条例》第五十条；各地年报编制通知“数据精确”）',
  appliesTo: (report) => narrativeParagraphs(report).some((p) => p.text.includes('其中')),
  check(report, ctx) {
    for (const paragraph of narrativeParagraphs(report)) {
      for (const b of findBreakdowns(paragraph.text)) {
        const verdict = assessBreakdown(b);
        if (verdict.status !== 'over' && verdict.status !== 'under') continue;
        const total = `${formatNumber(b.total.value)}${b.total.unit}`;
        const sum = formatNumber(verdict.sum);
        const terms = b.parts.map((p) => formatNumber(p.quantity.value)).join('+');
        const diff = formatNumber(verdict.difference);
        const units = mixedUnits(b);
        const unitsZh = units.length > 0 ? `（单位不一：${units.join('、')}）` : '';
        const unitsEn = units.length > 0 ? ` (mixed units: ${units.join(', ')})` : '';
        const over = verdict.status === 'over';
        ctx.violation({
          message: over
            ? {
                zh: `“${quote(b.text)}”：总数 ${total}，但所列各项之和为 ${terms} = ${sum}，超出 ${diff}${unitsZh}`,
                en: `The total is ${total} but the listed parts add up to ${terms} = ${sum}, ${diff} more${unitsEn}`,
              }
            : {
                zh: `“${quote(b.text)}”：总数 ${total}，所列各项之和为 ${terms} = ${sum}，少 ${diff}（所列可能不全）${unitsZh}`,
                en: `The total is ${total} but the listed parts add up to ${terms} = ${sum}, ${diff} short (the list may be partial)${unitsEn}`,
              },
          expected: `≤ ${total}`,
          actual: `${terms} = ${sum}`,
          locators: [sentenceLocator(paragraph, b.text)],
          severity: over ? 'error' : 'info',
        });
      }
    }
  },
});
