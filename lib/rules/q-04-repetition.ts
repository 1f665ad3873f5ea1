import { defineRule } from './define';
import { reportHits } from './checks/text-hits';
import { findDoubledOrganSuffix, findEnumerationGaps, findRepeatedListItems, organNames, proseOf } from '../narrative';

export default defineRule({
  id: 'Q-04',
  severity: 'info',
  group: 'text',
  title: { zh: '序列缺项、字词重复', en: 'Enumeration gaps and repeated words' },
  description: {
    zh: '“一是……三是”缺“二是”等序列缺项；机关名称末字重复（如“三七市镇镇”）；同一句中列举项重复。',
    en: 'Enumerations that skip a number ("一是 … 三是" without 二是), an organ name with its last character doubled ("三七市镇镇"), a list item repeated in one sentence.',
  },
  basis: '各地年报编制通知“文字严谨”',
  appliesTo: () => true,
  check(report, ctx) {
    const gaps = [report.preamble, ...report.sections.map((s) => s.paragraphs)].flatMap(findEnumerationGaps);
    const names = organNames([report.agency, report.signOff?.organ]);
    const prose = proseOf(report);
    const hits = [...gaps, ...findDoubledOrganSuffix(prose.slice(1), names), ...findRepeatedListItems(prose)];
    reportHits(ctx, hits, { zh: '序列缺项或字词重复', en: 'Enumeration gaps or repeated words' });
  },
});
