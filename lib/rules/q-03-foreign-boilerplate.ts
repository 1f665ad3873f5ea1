import { defineRule } from './define';
import { reportHits } from './checks/text-hits';
import { findForeignBoilerplate, proseOf } from '../narrative';
import type { IssuerType } from '../schema';

const ISSUER_ZH: Record<IssuerType, string> = { department: '部门', township: '乡镇', subdistrict: '街道', county: '县区政府', city: '市级政府' };

const APPLIES: readonly IssuerType[] = ['township', 'subdistrict', 'department'];

export default defineRule({
  id: 'Q-03',
  severity: 'warning',
  group: 'text',
  title: { zh: '套用其他类型机关的文字', en: 'Boilerplate from another type of organ' },
  description: {
    zh: '乡镇、街道的年报出现教育部门用语（“教育信息”“杭州教育发布”“教育系统”）或“我局”等，部门年报出现“我镇”“我街道”等，说明照抄了其他机关的报告。',
    en: 'A township or subdistrict report using an education bureau\'s phrases (教育信息, 杭州教育发布, 教育系统) or "我局", or a department\'s report saying "我镇", was copied from another organ\'s report.',
  },
  basis: '各地年报编制通知（内容雷同、敷衍塞责须追责）；《政府信息公开条例》第五十条',
  appliesTo: (report) => report.issuerType !== null && APPLIES.includes(report.issuerType),
  check(report, ctx) {
    const issuer = report.issuerType!;
    const hits = findForeignBoilerplate(proseOf(report).slice(1), issuer);
    reportHits(ctx, hits, { zh: `${ISSUER_ZH[issuer]}年报中有其他类型机关的用语`, en: `Phrases of another type of organ in a ${issuer} report` });
  },
});
