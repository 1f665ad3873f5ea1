// Who issued the report (reference §1.1, §1.2): 部门, 乡镇, 街道, 县区政府 or 市级政府. Read from the
// end of the organ's name, since prefixes name the places above it ("杭州市富阳区上官乡人民政府").
import { nfkc } from '../nfkc';
import type { IssuerType } from '../schema';

const GOVERNMENT = '(?:人民政府|政府)?';
const SUBDISTRICT = /(?:街道(?:办事处|办)?|办事处)$/;
const TOWNSHIP = new RegExp(`(?:乡|镇)${GOVERNMENT}$`);
const COUNTY = new RegExp(`(?:县|区|旗)${GOVERNMENT}$`);
/** A 县级市 is named under its prefecture ("宁波市余姚市"); a lone "X市" is taken as a 设区的市. */
const COUNTY_CITY = new RegExp(`市[^市]+市${GOVERNMENT}$`);
const CITY = new RegExp(`(?:市|州|盟)${GOVERNMENT}$`);
const DEPARTMENT = /(?:局|委员会|委|办公室|办公厅|办|中心|厅|署|院|所|站|队|馆|处|部|会|社|公司)$/;

/** The organ's name without what follows it in a title ("…关于2021年…", "…2021年度…"). */
function organName(text: string | null | undefined): string {
  if (!text) return '';
  const normal = nfkc(text).replace(/\s+/g, '');
  return normal.replace(/(?:关于)?(?:19|20)\d{2}年.*$/, '').replace(/关于$/, '');
}

function classify(name: string): IssuerType | null {
  if (name.length < 2) return null;
  if (SUBDISTRICT.test(name)) return 'subdistrict';
  if (TOWNSHIP.test(name)) return 'township';
  if (COUNTY.test(name)) return 'county';
  if (COUNTY_CITY.test(name)) return 'county';
  if (CITY.test(name)) return 'city';
  if (DEPARTMENT.test(name)) return 'department';
  return null;
}

/** The issuer type from the title's organ, else the agency, else the sign-off organ; null when none says. */
export function issuerTypeOf(title: string, agency: string | null, signOffOrgan: string | null): IssuerType | null {
  for (const candidate of [organName(title), organName(agency), organName(signOffOrgan)]) {
    const type = classify(candidate);
    if (type) return type;
  }
  return null;
}
