// The synthetic reports most shapes are drawn from. Their arithmetic is worked out in the comments;
// the expectations in cases.ts follow from these comments, not from any run of the parser.
import { HEADINGS, type ReportSpec } from './spec';

const z7 = () => ['0', '0', '0', '0', '0', '0', '0'];

/**
 * 清河镇 2021 (2021 template), every relation holding. Table 三 (C1 自然人 … C7 总计):
 *   new 10,2,0,1,0,0,13 · carried 1,0,…,1 · granted 5,1,0,0,0,0,6 · partial 2,0,0,1,0,0,3 ·
 *   withheld4 1,…,1 · unable1 1,1,0,0,0,0,2 · rejected2 1,…,1 · total 10,2,0,1,0,0,13 · forward 1,…,1
 *   C1: 5+2+1+1+1 = 10 = total; 10+1 = 10+1.  C2: 1+1 = 2; 2+0 = 2+0.  C4: 1 = 1.
 *   C7: 6+3+1+2+1 = 13; 13+1 = 13+1.  Each row: C1+…+C6 = C7.
 * Table 四: 复议 1+0+0+1 = 2 · 直诉 0+1+0+0 = 1 · 复议后 0.
 * Prose has no "其中" list and no "未收到申请"; signed 2022-01-20 (after 2021-12-31).
 */
export function clean2021(place = '清河镇'): ReportSpec {
  return {
    titleLines: [`${place}2021年政府信息公开工作年度报告`],
    template: '2021',
    preamble: [`本报告依据《中华人民共和国政府信息公开条例》编制，所列数据统计期限自2021年1月1日起至2021年12月31日止。`],
    headings: [...HEADINGS],
    prose: [
      [
        `（一）主动公开。2021年${place}通过门户网站主动公开政府信息320条，及时更新政府信息公开目录。`,
        '（二）依申请公开。全年收到政府信息公开申请13件，上年结转1件，均在法定期限内答复。',
        '（三）政府信息管理。落实信息发布审核制度，做到先审后发。',
        '（四）平台建设。优化门户网站栏目设置。',
        '（五）监督保障。将政务公开纳入年度考核，开展社会评议，本年度未发生责任追究情况。',
      ],
      [],
      [],
      [],
      ['一是公开内容还不够丰富；二是政策解读形式单一。下一步将加强培训，丰富解读形式。'],
      ['本年度未收取信息处理费。'],
    ],
    table2: [
      { item: '第二十条第（一）项', headers: ['本年制发件数', '本年废止件数', '现行有效件数'], rows: [['规章', '0', '0', '0'], ['行政规范性文件', '2', '1', '15']] },
      { item: '第二十条第（五）项', headers: ['本年处理决定数量'], rows: [['行政许可', '35']] },
      { item: '第二十条第（六）项', headers: ['本年处理决定数量'], rows: [['行政处罚', '12'], ['行政强制', '3']] },
      { item: '第二十条第（八）项', headers: ['本年收费金额（单位：万元）'], rows: [['行政事业性收费', '1.25']] },
    ],
    table3: {
      new: ['10', '2', '0', '1', '0', '0', '13'],
      carried: ['1', '0', '0', '0', '0', '0', '1'],
      granted: ['5', '1', '0', '0', '0', '0', '6'],
      partial: ['2', '0', '0', '1', '0', '0', '3'],
      withheld4: ['1', '0', '0', '0', '0', '0', '1'],
      unable1: ['1', '1', '0', '0', '0', '0', '2'],
      rejected2: ['1', '0', '0', '0', '0', '0', '1'],
      total: ['10', '2', '0', '1', '0', '0', '13'],
      forward: ['1', '0', '0', '0', '0', '0', '1'],
    },
    table4: ['1', '0', '0', '1', '2', '0', '1', '0', '0', '1', '0', '0', '0', '0', '0'],
    signOff: [`${place}人民政府`, '2022年1月20日'],
  };
}

/**
 * clean2021 with five planted defects, each found only when the tables are read in the right columns:
 *   T3-03: （一）予以公开 C7 = 7 but 5+1 = 6.
 *   T3-02: that 7 makes the C7 outcomes 7+3+1+2+1 = 14 against （七）总计 13 (C1–C6 still hold).
 *          T3-01 still holds: 13+1 = 13+1 in C7.
 *   T4-01: 行政复议 总计 = 3 but 1+0+0+1 = 2.
 *   NA-01: 320条, 其中 200+90+40 = 330 > 320.
 *   D-03: signed 2021年12月30日, before the period ends.
 */
export function planted2021(place = '白沙镇'): ReportSpec {
  const spec = clean2021(place);
  spec.prose[0]![0] = `（一）主动公开。2021年${place}通过门户网站主动公开政府信息320条，其中工作动态200条，通知公告90条，政策文件40条。`;
  spec.table3.granted = ['5', '1', '0', '0', '0', '0', '7'];
  spec.table4 = ['1', '0', '0', '1', '3', '0', '1', '0', '0', '1', '0', '0', '0', '0', '0'];
  spec.signOff = [`${place}人民政府`, '2021年12月30日'];
  return spec;
}

/** The findings planted2021 must produce (fixed rule list only). */
export const PLANTED_2021_FINDINGS = [
  ['T3-02', 'violation'],
  ['T3-03', 'violation'],
  ['T4-01', 'violation'],
  ['NA-01', 'violation'],
  ['D-03', 'violation'],
] as const;

/**
 * 石门乡 2020 (2019 template: 23 rows of table 三, （六）其他处理 one row), every relation holding:
 *   new 8,1,0,0,0,0,9 · carried 0 · granted 4,1,0,0,0,0,5 · partial 1,…,1 · unable1 2,…,2 ·
 *   other 1,…,1 · total 8,1,0,0,0,0,9 · forward 0.
 *   C1: 4+1+2+1 = 8; 8+0 = 8+0.  C2: 1 = 1.  C7: 5+1+2+1 = 9.
 * Table 二 (2019): 8 rows, 3+3+3+3+3+3+2+2 = 22 cells. Table 四 all 0. Signed 2021-01-15.
 */
export function clean2019(place = '石门乡'): ReportSpec {
  return {
    titleLines: [`${place}2020年政府信息公开工作年度报告`],
    template: '2019',
    preamble: [],
    headings: [...HEADINGS],
    prose: [
      [`2020年，${place}认真落实政府信息公开条例，全年主动公开政府信息210条，收到政府信息公开申请9件，均已按期答复。`],
      [],
      [],
      ['本年度未发生政府信息公开行政复议、行政诉讼。'],
      ['主动公开的深度还不够。下一步将加强培训。'],
      ['无其他需要报告的事项。'],
    ],
    table2: [
      { item: '第二十条第（一）项', headers: ['本年新制作数量', '本年新公开数量', '对外公开总数量'], rows: [['规章', '0', '0', '0'], ['规范性文件', '3', '3', '20']] },
      { item: '第二十条第（五）项', headers: ['上一年项目数量', '本年增/减', '处理决定数量'], rows: [['行政许可', '12', '2', '40'], ['其他对外管理服务事项', '5', '0', '8']] },
      { item: '第二十条第（六）项', headers: ['上一年项目数量', '本年增/减', '处理决定数量'], rows: [['行政处罚', '4', '-1', '25'], ['行政强制', '2', '0', '3']] },
      { item: '第二十条第（八）项', headers: ['上一年项目数量', '本年增/减'], rows: [['行政事业性收费', '6', '-2']] },
      { item: '第二十条第（九）项', headers: ['采购项目数量', '采购总金额'], rows: [['政府集中采购', '11', '185.5897']] },
    ],
    table3: {
      new: ['8', '1', '0', '0', '0', '0', '9'],
      carried: z7(),
      granted: ['4', '1', '0', '0', '0', '0', '5'],
      partial: ['1', '0', '0', '0', '0', '0', '1'],
      unable1: ['2', '0', '0', '0', '0', '0', '2'],
      other: ['1', '0', '0', '0', '0', '0', '1'],
      total: ['8', '1', '0', '0', '0', '0', '9'],
      forward: z7(),
    },
    table4: new Array(15).fill('0'),
    signOff: [`${place}人民政府`, '2021年1月15日'],
  };
}
