import { defineRule } from './define';
import { reportHits } from './checks/text-hits';
import { findDebris, proseOf } from '../narrative';

export default defineRule({
  id: 'Q-02',
  severity: 'info',
  group: 'text',
  title: { zh: '文档转换残留', en: 'Document-conversion debris' },
  description: {
    zh: '正文中有文档转换留下的痕迹：“[bookmark: _GoBack]”书签、“**”加粗标记、制表符、“&nbsp;”等。',
    en: 'The text carries leftovers of a document conversion: "[bookmark: _GoBack]", "**" bold marks, tabs, literal "&nbsp;".',
  },
  basis: '各地年报编制通知“格式规范”',
  appliesTo: () => true,
  check(report, ctx) {
    reportHits(ctx, findDebris(proseOf(report)), { zh: '文档转换残留', en: 'Conversion debris' });
  },
});
