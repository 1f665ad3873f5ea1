// Recognising table 三's row labels as portals write them: official wording, drift and typos
// (reference §3.3: 本年新收到, 上年转结, 转结下年度 …).
import { labelKey } from './text';
import type { Token } from './stream';

export interface T3LabelMatch {
  /** A data row id from templates.ts, or a group heading. */
  id: string;
  group: boolean;
}

const ROW_KEYS: [string, RegExp][] = [
  ['new', /本年新收/],
  ['carried', /上年(?:结转|转结)/],
  ['forward', /(?:结转|转结)下年/],
  ['granted', /予以公开/],
  ['partial', /^(?:\S{0,3})部分公开/],
  ['withheld1', /国家秘密/],
  ['withheld2', /法律行政法规禁止/],
  ['withheld3', /三安全一稳定|危及/],
  ['withheld4', /第三方合法权益/],
  ['withheld5', /三类内部事务/],
  ['withheld6', /四类过程性/],
  ['withheld7', /行政执法案卷/],
  ['withheld8', /行政查询事项/],
  ['unable1', /不掌握/],
  ['unable2', /没有现成|另行制作/],
  ['unable3', /补正后/],
  ['rejected1', /信访|举报投诉/],
  ['rejected2', /^\d?重复申请/],
  ['rejected3', /公开出版物/],
  ['rejected4', /大量反复/],
  ['rejected5', /确认或重新出具/],
  ['other1', /逾期不补正/],
  ['other2', /逾期未按收费|缴纳费用/],
];

const GROUP_KEYS: [string, RegExp][] = [
  ['outcomes', /^三本年度?办理结果$/],
  ['g-withheld', /^三?不予公开$/],
  ['g-unable', /^四?无法提供$/],
  ['g-rejected', /^五?不予处理$/],
];

// The readers ask about the same tokens several times (region, rows, shapes): remember the answers,
// bounded like labelKey's cache so that a hostile page cannot grow it.
const MATCHES = new Map<string, Readonly<T3LabelMatch> | null>();
const MATCH_CACHE_SIZE = 5000;
const MATCH_CACHE_TEXT = 200;

/** Classifies one cell's text as a table-三 label, or null when it is none. `key` is labelKey(text) when known. */
export function matchT3Label(text: string, key?: string): Readonly<T3LabelMatch> | null {
  const known = MATCHES.get(text);
  if (known !== undefined) return known;
  const match = classify(key ?? labelKey(text));
  if (text.length <= MATCH_CACHE_TEXT) {
    if (MATCHES.size >= MATCH_CACHE_SIZE) MATCHES.clear();
    MATCHES.set(text, match === null ? null : Object.freeze(match));
  }
  return match;
}

/** matchT3Label for a token, remembered on the token. */
export function t3LabelOf(token: Token): Readonly<T3LabelMatch> | null {
  if (token.t3Label === undefined) token.t3Label = matchT3Label(token.text, token.key);
  return token.t3Label;
}

function classify(key: string): T3LabelMatch | null {
  if (key.length < 2 || key.length > 80) return null;
  for (const [id, pattern] of GROUP_KEYS) if (pattern.test(key)) return { id, group: true };
  if (/^六其他处理$/.test(key)) return { id: 'other', group: false }; // a group in 2021, a row in 2019
  if (/^七总计$/.test(key)) return { id: 'total', group: false };
  if (/^3其他$/.test(key)) return { id: 'other3', group: false };
  for (const [id, pattern] of ROW_KEYS) if (pattern.test(key)) return { id, group: false };
  return null;
}

/** Header words of table 三 (not rows). */
export function isT3HeaderKey(key: string): boolean {
  return /勾稽关系|申请人情况|^自然人$|法人或(?:者)?其他组织|^商业企业$|^科研机构$|^社会公益组织$|^法律服务机构$|^其他$|^总计$/.test(key);
}
