// The two national templates (reference §3): row and column labels in order, with the ids the
// parser and the rules share. Labels are the official wording (full-width brackets).

export type TemplateVersion = '2019' | '2021';

/** Table 三 columns, in order: C1 … C7. */
export const T3_COLUMNS = [
  { id: 'C1', label: '自然人', en: 'natural persons' },
  { id: 'C2', label: '商业企业', en: 'businesses' },
  { id: 'C3', label: '科研机构', en: 'research institutions' },
  { id: 'C4', label: '社会公益组织', en: 'public-interest organisations' },
  { id: 'C5', label: '法律服务机构', en: 'legal service organisations' },
  { id: 'C6', label: '其他', en: 'other organisations' },
  { id: 'C7', label: '总计', en: 'total' },
] as const;
export const T3_TOTAL_COLUMN = 6;

export interface T3RowDef {
  /** Stable id; also R1…R25 numbering of the 2021 template in `ref`. */
  id: string;
  ref: string;
  label: string;
  /** Short name for messages ("（七）总计"). */
  short: string;
  en: string;
  /** Outcome leaf row: counted in （七）总计. */
  leaf: boolean;
  /** Group heading above the row, for messages ("（三）不予公开"). */
  group?: string;
}

const leaf = (id: string, ref: string, label: string, short: string, en: string, group?: string): T3RowDef => ({
  id, ref, label, short, en, leaf: true, group,
});

const T3_HEAD: T3RowDef[] = [
  { id: 'new', ref: 'R1', label: '一、本年新收政府信息公开申请数量', short: '一、本年新收申请', en: 'new applications this year', leaf: false },
  { id: 'carried', ref: 'R2', label: '二、上年结转政府信息公开申请数量', short: '二、上年结转申请', en: 'applications carried over from last year', leaf: false },
  leaf('granted', 'R3', '（一）予以公开', '（一）予以公开', 'disclosed'),
  leaf('partial', 'R4', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '（二）部分公开', 'partly disclosed'),
  leaf('withheld1', 'R5', '1.属于国家秘密', '（三）1.属于国家秘密', 'withheld: state secret', '（三）不予公开'),
  leaf('withheld2', 'R6', '2.其他法律行政法规禁止公开', '（三）2.其他法律行政法规禁止公开', 'withheld: barred by other laws', '（三）不予公开'),
  leaf('withheld3', 'R7', '3.危及“三安全一稳定”', '（三）3.危及“三安全一稳定”', 'withheld: endangers security or stability', '（三）不予公开'),
  leaf('withheld4', 'R8', '4.保护第三方合法权益', '（三）4.保护第三方合法权益', 'withheld: third-party rights', '（三）不予公开'),
  leaf('withheld5', 'R9', '5.属于三类内部事务信息', '（三）5.属于三类内部事务信息', 'withheld: internal affairs', '（三）不予公开'),
  leaf('withheld6', 'R10', '6.属于四类过程性信息', '（三）6.属于四类过程性信息', 'withheld: process information', '（三）不予公开'),
  leaf('withheld7', 'R11', '7.属于行政执法案卷', '（三）7.属于行政执法案卷', 'withheld: enforcement files', '（三）不予公开'),
  leaf('withheld8', 'R12', '8.属于行政查询事项', '（三）8.属于行政查询事项', 'withheld: administrative enquiry matters', '（三）不予公开'),
  leaf('unable1', 'R13', '1.本机关不掌握相关政府信息', '（四）1.本机关不掌握相关政府信息', 'unable: not held', '（四）无法提供'),
  leaf('unable2', 'R14', '2.没有现成信息需要另行制作', '（四）2.没有现成信息需要另行制作', 'unable: would need to be created', '（四）无法提供'),
  leaf('unable3', 'R15', '3.补正后申请内容仍不明确', '（四）3.补正后申请内容仍不明确', 'unable: still unclear after correction', '（四）无法提供'),
  leaf('rejected1', 'R16', '1.信访举报投诉类申请', '（五）1.信访举报投诉类申请', 'not processed: petitions and complaints', '（五）不予处理'),
  leaf('rejected2', 'R17', '2.重复申请', '（五）2.重复申请', 'not processed: repeated', '（五）不予处理'),
  leaf('rejected3', 'R18', '3.要求提供公开出版物', '（五）3.要求提供公开出版物', 'not processed: publications', '（五）不予处理'),
  leaf('rejected4', 'R19', '4.无正当理由大量反复申请', '（五）4.无正当理由大量反复申请', 'not processed: excessive', '（五）不予处理'),
  leaf('rejected5', 'R20', '5.要求行政机关确认或重新出具已获取信息', '（五）5.要求行政机关确认或重新出具已获取信息', 'not processed: confirm or reissue', '（五）不予处理'),
];

const T3_OTHER_2021: T3RowDef[] = [
  leaf('other1', 'R21', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '（六）1.逾期不补正', 'other: no correction in time', '（六）其他处理'),
  leaf('other2', 'R22', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '（六）2.逾期未缴纳费用', 'other: fee not paid in time', '（六）其他处理'),
  leaf('other3', 'R23', '3.其他', '（六）3.其他', 'other: other', '（六）其他处理'),
];

const T3_OTHER_2019: T3RowDef[] = [leaf('other', 'R21', '（六）其他处理', '（六）其他处理', 'other handling')];

const T3_TAIL: T3RowDef[] = [
  { id: 'total', ref: 'R24', label: '（七）总计', short: '（七）总计', en: 'total handled', leaf: false },
  { id: 'forward', ref: 'R25', label: '四、结转下年度继续办理', short: '四、结转下年度继续办理', en: 'carried forward to next year', leaf: false },
];

export const T3_ROWS: Record<TemplateVersion, T3RowDef[]> = {
  '2021': [...T3_HEAD, ...T3_OTHER_2021, ...T3_TAIL],
  '2019': [...T3_HEAD, ...T3_OTHER_2019, ...T3_TAIL],
};

/** Table 四: 15 cells in one row. */
export const T4_GROUPS = [
  { id: 'review', label: '行政复议', en: 'administrative review' },
  { id: 'direct', label: '行政诉讼·未经复议直接起诉', en: 'lawsuits without prior review' },
  { id: 'afterReview', label: '行政诉讼·复议后起诉', en: 'lawsuits after review' },
] as const;
export const T4_OUTCOMES = [
  { label: '结果维持', en: 'upheld' },
  { label: '结果纠正', en: 'corrected' },
  { label: '其他结果', en: 'other result' },
  { label: '尚未审结', en: 'pending' },
  { label: '总计', en: 'total' },
] as const;

export interface T2BlockDef {
  item: string;
  headers: string[];
  rows: { id: string; label: string }[];
}

/** Table 二 blocks per template (reference §3.1, §3.2). */
export const T2_BLOCKS: Record<TemplateVersion, T2BlockDef[]> = {
  '2019': [
    { item: '第二十条第（一）项', headers: ['本年新制作数量', '本年新公开数量', '对外公开总数量'], rows: [{ id: 'rules', label: '规章' }, { id: 'normative', label: '规范性文件' }] },
    { item: '第二十条第（五）项', headers: ['上一年项目数量', '本年增/减', '处理决定数量'], rows: [{ id: 'licensing', label: '行政许可' }, { id: 'otherServices', label: '其他对外管理服务事项' }] },
    { item: '第二十条第（六）项', headers: ['上一年项目数量', '本年增/减', '处理决定数量'], rows: [{ id: 'penalty', label: '行政处罚' }, { id: 'coercion', label: '行政强制' }] },
    { item: '第二十条第（八）项', headers: ['上一年项目数量', '本年增/减'], rows: [{ id: 'fees', label: '行政事业性收费' }] },
    { item: '第二十条第（九）项', headers: ['采购项目数量', '采购总金额'], rows: [{ id: 'procurement', label: '政府集中采购' }] },
  ],
  '2021': [
    { item: '第二十条第（一）项', headers: ['本年制发件数', '本年废止件数', '现行有效件数'], rows: [{ id: 'rules', label: '规章' }, { id: 'normative', label: '行政规范性文件' }] },
    { item: '第二十条第（五）项', headers: ['本年处理决定数量'], rows: [{ id: 'licensing', label: '行政许可' }] },
    { item: '第二十条第（六）项', headers: ['本年处理决定数量'], rows: [{ id: 'penalty', label: '行政处罚' }, { id: 'coercion', label: '行政强制' }] },
    { item: '第二十条第（八）项', headers: ['本年收费金额（单位：万元）'], rows: [{ id: 'fees', label: '行政事业性收费' }] },
  ],
};

/** Template fingerprints (reference §3.5). */
export const TEMPLATE_MARKERS: Record<TemplateVersion, string[]> = {
  '2019': ['本年新制作数量', '对外公开总数量', '上一年项目数量', '本年增/减', '其他对外管理服务事项', '第二十条第（九）项', '政府集中采购'],
  '2021': ['本年制发件数', '现行有效件数', '本年处理决定数量', '本年收费金额', '逾期未按收费通知'],
};

/** The six sections (reference §2): canonical title and the words that identify a heading. */
export const SECTIONS = [
  { number: 1, title: '总体情况', keys: ['总体情况'] },
  { number: 2, title: '主动公开政府信息情况', keys: ['主动公开政府信息情况'] },
  { number: 3, title: '收到和处理政府信息公开申请情况', keys: ['收到和处理政府信息公开申请情况'] },
  { number: 4, title: '政府信息公开行政复议、行政诉讼情况', keys: ['行政复议、行政诉讼情况', '行政复议,行政诉讼情况', '提起行政诉讼情况', '提起行政诉讼的情况', '行政法复议'] },
  { number: 5, title: '存在的主要问题及改进情况', keys: ['存在的主要问题及改进情况', '存在问题及改进情况', '主要问题及改进情况'] },
  { number: 6, title: '其他需要报告的事项', keys: ['其他需要报告的事项'] },
] as const;
