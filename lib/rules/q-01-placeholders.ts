import { defineRule } from './define';
import { reportHits } from './checks/text-hits';
import { findPlaceholders, proseOf } from '../narrative';

export default defineRule({
  id: 'Q-01',
  severity: 'warning',
  group: 'text',
  title: { zh: '残留占位符或空缺数字', en: 'Placeholders or missing numbers left in' },
  description: {
    zh: '正文不应残留“XX”“×××”“xxx”“待填写”“请填写”“（待）”“（略）”等占位符，也不应有单位前缺数字（如“主动公开信息  条”）。',
    en: 'The text must not keep placeholders (XX, ×××, xxx, 待填写, 请填写, （待）, （略）) or a unit with its number missing ("主动公开信息  条").',
  },
  basis: '各地年报编制通知“文字严谨”“数据精确”',
  appliesTo: () => true,
  check(report, ctx) {
    reportHits(ctx, findPlaceholders(proseOf(report)), { zh: '残留占位符或空缺数字', en: 'Placeholders or missing numbers' });
  },
});
