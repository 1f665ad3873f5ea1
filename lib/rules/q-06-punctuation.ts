import { defineRule } from './define';
import { reportHits } from './checks/text-hits';
import { findDoubledPunctuation, proseOf } from '../narrative';

export default defineRule({
  id: 'Q-06',
  severity: 'info',
  group: 'text',
  title: { zh: '标点重复或混用', en: 'Doubled or mixed punctuation' },
  description: {
    zh: '正文中出现连续两个标点（如“，，”“，。”“、，”）。',
    en: 'The text has two punctuation marks where one belongs (",,", ",。", "、,").',
  },
  basis: '《标点符号用法》（GB/T 15834）；各地年报编制通知“文字严谨”',
  appliesTo: () => true,
  check(report, ctx) {
    reportHits(ctx, findDoubledPunctuation(proseOf(report)), { zh: '标点重复或混用', en: 'Doubled or mixed punctuation' });
  },
});
