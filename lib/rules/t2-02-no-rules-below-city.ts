import { defineRule } from './define';
import { cellValue, formatNumber } from './checks/relation';
import { hasTable2, t2Cells } from './checks/table2';
import { ISSUER_TYPE_WORDS } from '../settings';
import type { Report } from '../schema';

/** A department whose name puts it under a 县/区/旗 ("杭州市西湖区市场监督管理局"). */
const COUNTY_DEPARTMENT = /(?:县|区|旗)(?:人民政府)?[^县区旗]*(?:局|委员会|委|办公室|办|中心|所|站|队)$/;

// 《立法法》第九十一、九十三条: only 国务院部门 and provincial or 设区的市 governments make 规章.
function atOrBelowCounty(report: Report): boolean {
  const type = report.issuerType;
  if (type === 'township' || type === 'subdistrict' || type === 'county') return true;
  if (type !== 'department') return false;
  const name = (report.agency ?? report.signOff?.organ ?? '').normalize('NFKC').replace(/\s+/g, '');
  return COUNTY_DEPARTMENT.test(name);
}

const rulesCells = (report: Report) => t2Cells(report).filter((c) => c.rowId === 'rules');

export default defineRule({
  id: 'T2-02',
  severity: 'error',
  group: 'table2',
  title: { zh: '县级及以下机关的“规章”为 0', en: 'No regulations (规章) at county level or below' },
  description: {
    zh: '县、乡镇、街道及县级部门无权制定规章，表二“规章”一行各数应为 0。',
    en: 'Counties, townships, subdistricts and county departments cannot make 规章: every cell of the 规章 row must be 0.',
  },
  basis: '《立法法》第九十一条、第九十三条',
  appliesTo: (report) => hasTable2(report) && atOrBelowCounty(report) && rulesCells(report).length > 0,
  check(report, ctx) {
    const nonZero = rulesCells(report).filter((c) => {
      const v = cellValue(c.term.cell);
      return v.kind === 'known' && v.value !== 0;
    });
    if (nonZero.length === 0) return;
    const issuer = ISSUER_TYPE_WORDS[report.issuerType!];
    const listZh = nonZero.map((c) => `「${c.term.name.zh}」= ${formatNumber(c.term.cell?.value ?? 0)}`).join('、');
    ctx.violation({
      message: {
        zh: `发布机关为${issuer.zh}（县级及以下），无权制定规章，但表二“规章”一行不为 0：${listZh}`,
        en: `The issuer is a ${issuer.en} (county level or below), which cannot make 规章, yet the 规章 row of table 2 is not 0: ${nonZero.map((c) => `${c.term.name.en} = ${formatNumber(c.term.cell?.value ?? 0)}`).join(', ')}`,
      },
      expected: '规章 = 0',
      actual: listZh,
      locators: nonZero.map((c) => c.term.cell?.at),
    });
  },
});
