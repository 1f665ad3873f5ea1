// phrases that belong to another type of organ, copied from its report: education-bureau
// phrases (教育信息, 杭州教育发布, 教育系统) or a bureau's "我局" in a township or subdistrict report,
// a township's "我镇" in a department's.
import type { IssuerType, Paragraph } from '../schema';
import type { TextHit } from './defects';
import { matchesOf } from './matches';

const EDUCATION = /依法获取教育信息|教育信息|[\u4e00-\u9fa5]{0,2}教育发布|教育系统/g;
const DEPARTMENT_SELF = /(?:我|(?<![基根版原资日])本)(?:局(?!面|势|限|部)|委(?!托|屈)|厅)/g;
const TOWNSHIP_SELF = /(?:我|本)(?:镇|乡)(?!村|长)/g;
const SUBDISTRICT_SELF = /(?:我|本)街道/g;

const FOREIGN: Partial<Record<IssuerType, RegExp[]>> = {
  township: [EDUCATION, DEPARTMENT_SELF, SUBDISTRICT_SELF],
  subdistrict: [EDUCATION, DEPARTMENT_SELF, TOWNSHIP_SELF],
  department: [TOWNSHIP_SELF, SUBDISTRICT_SELF],
};

/** Text every match of a pattern contains, checked first: EDUCATION's leading [\u4e00-\u9fa5]{0,2} makes its search slow. */
const MUST_CONTAIN = new Map<RegExp, string>([[EDUCATION, '教育']]);

export function findForeignBoilerplate(paragraphs: Paragraph[], issuer: IssuerType): TextHit[] {
  const out: TextHit[] = [];
  for (const pattern of FOREIGN[issuer] ?? []) {
    const needed = MUST_CONTAIN.get(pattern) ?? '';
    for (const paragraph of paragraphs) {
      if (!paragraph.text.includes(needed)) continue;
      for (const m of matchesOf(paragraph.text, pattern)) out.push({ found: m[0], index: m.index, paragraph });
    }
  }
  // 依法获取教育信息 contains 教育信息: keep the longer hit only.
  return out.filter((h) => !out.some((o) => o !== h && o.paragraph === h.paragraph && o.index <= h.index && o.index + o.found.length >= h.index + h.found.length && o.found.length > h.found.length));
}
