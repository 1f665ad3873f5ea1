// Pages that are not (current) reports, and the specs of the label, number and template variants.
import { escapeHtml } from '../fixtures/render-simple';
import { clean2019, clean2021 } from './base-specs';
import { htmlPage } from './shapes';
import type { ReportSpec } from './spec';

/** A 政府信息公开年报 column page: a list of reports with dates, a pager. */
export function listPage(): string {
  const items = [2024, 2023, 2022, 2021, 2020, 2019, 2018].map(
    (y) => `<li><a href="/nb/${y}.html">示例县${y}年政府信息公开工作年度报告</a><span class="date">${y + 1}-01-2${y % 10}</span></li>`,
  );
  return htmlPage('政府信息公开年报-示例县人民政府', [
    '<div class="crumb">当前位置：首页 &gt; 政府信息公开 &gt; 政府信息公开年报</div>',
    '<h2>政府信息公开年报</h2>',
    `<ul class="list">${items.join('\n')}</ul>`,
    '<div class="pager">共 7 条 第 1/1 页 <a>首页</a> <a>上一页</a> <a>下一页</a> <a>尾页</a></div>',
    '<div class="footer">版权所有：示例县人民政府办公室</div>',
  ]);
}

/** A news item about publishing the annual report: names the report and its parts, has no tables. */
export function newsPage(): string {
  return htmlPage('我县按时发布2021年政府信息公开工作年度报告', [
    '<h1>我县按时发布2021年政府信息公开工作年度报告</h1>',
    '<div class="meta">发布时间：2022-01-28 来源：示例县融媒体中心</div>',
    '<p>近日，示例县人民政府在门户网站发布《示例县2021年政府信息公开工作年度报告》。</p>',
    '<p>报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等内容。</p>',
    '<p>据介绍，2021年全县共收到政府信息公开申请56件，均在法定期限内答复。下一步，我县将持续深化政务公开。</p>',
    '<p>（责任编辑：李明）</p>',
  ]);
}

/** A budget page with a large table of numbers whose labels include 总计 and 其他. */
export function bigTablePage(): string {
  const header = '<tr><td>科目编码</td><td>科目名称</td><td>总计</td><td>基本支出</td><td>项目支出</td><td>其他</td></tr>';
  const rows = Array.from({ length: 60 }, (_, i) => {
    const a = 100 + i * 7;
    const b = 40 + i * 3;
    return `<tr><td>2010${String(i).padStart(2, '0')}</td><td>一般公共服务支出项目${i + 1}</td><td>${a + b}</td><td>${a}</td><td>${b}</td><td>0</td></tr>`;
  });
  return htmlPage('示例县财政局2022年部门预算公开', [
    '<h1>示例县财政局2022年部门预算公开</h1>',
    '<p>一、部门主要职责</p><p>负责全县财政收支管理。</p>',
    '<p>二、2022年部门预算情况说明</p>',
    `<table border="1">${header}${rows.join('')}</table>`,
    '<p>三、其他需要说明的事项</p><p>无。</p>',
  ]);
}

/** A 2012 report in the 2008 条例's outline (概述 / 主动公开 / 依申请公开 / 收费及减免 / 复议诉讼 / 问题 / 其他). */
export function oldFormatPage(): string {
  const paragraphs = [
    '本报告根据《中华人民共和国政府信息公开条例》要求编制，所列数据统计期限自2012年1月1日起至2012年12月31日止。',
    '一、概述',
    '2012年，我局认真贯彻落实《条例》，进一步完善政府信息公开工作机制。',
    '二、主动公开政府信息情况',
    '全年主动公开政府信息156条，其中机构职能类12条，业务动态类144条。',
    '三、依申请公开政府信息情况',
    '全年共受理政府信息公开申请3件，均已按期答复。',
    '四、政府信息公开的收费及减免情况',
    '本年度未收取任何费用。',
    '五、因政府信息公开申请行政复议、提起行政诉讼的情况',
    '本年度未发生因政府信息公开申请行政复议、提起行政诉讼的情况。',
    '六、政府信息公开工作存在的主要问题和改进措施',
    '公开内容还不够全面，下一步将加以改进。',
    '七、其他需要报告的事项',
    '无。',
    '示例县审计局',
    '2013年3月20日',
  ];
  const title = '示例县审计局2012年政府信息公开工作年度报告';
  return htmlPage(title, [`<h1>${escapeHtml(title)}</h1>`, ...paragraphs.map((t) => `<p>${escapeHtml(t)}</p>`)]);
}

/**
 * 2019 wording drift on the 2019 template (clean2019's numbers): 本年新收到, 上年转结, 转结下年度,
 * 法人或者其他组织, half-width brackets, 1、 for 1.
 */
export function labelDrift2019(): ReportSpec {
  const spec = clean2019('桃源乡');
  spec.t3Labels = {
    new: '一、本年新收到政府信息公开申请数量',
    carried: '二、上年转结政府信息公开申请数量',
    forward: '四、转结下年度继续办理',
    granted: '(一)予以公开',
    partial: '(二)部分公开',
    withheld1: '1、属于国家秘密',
    unable1: '1、本机关不掌握相关政府信息',
    total: '(七)总计',
  };
  spec.t3Groups = { withheld: '(三)不予公开', unable: '(四)无法提供' };
  spec.t3Header = { org: '法人或者其他组织' };
  return spec;
}

/**
 * A 2021 report (clean2021's numbers, 2021 table 三) whose table 二 also carries the 2019 block
 * 第二十条第（九）项 政府集中采购: 2019 markers 第二十条第（九）项 + 政府集中采购 against five 2021
 * markers, so the template is 2021 and S-03 raises the hybrid warning once. Table 二 has 10 + 2 cells.
 */
export function hybrid2021(): ReportSpec {
  const spec = clean2021('青山镇');
  spec.table2.push({ item: '第二十条第（九）项', headers: ['采购项目数量', '采购总金额'], rows: [['政府集中采购', '4', '32.5']] });
  return spec;
}

/**
 * Number forms on the 2019 template (clean2019's numbers):
 *   table 二: full-width "１２", signed "+2" / "-1", thousands "1,234", units "11个" "185.5897万元".
 *   table 三: new "８","１",0,0,0,0,"９"; granted "４","１","—","/","－","无","５" (4+1 = 5; na = 0);
 *   withheld8 "0","—","","","/","无","0": two blanks (C3, C4), so that row's C7 = C1+…+C6 and the
 *   C3 and C4 outcome sums (T3-02) hold only if the blanks are 0 → needs review; the rest holds.
 *   T3-06: 2 blanks + 7 na cells ("—" "/" "－" "无" in granted, "—" "/" "无" in withheld8) = 9.
 *   total C7 stays "9": 5+1+2+1 = 9. Table 四: one cell "０".
 */
export function numberForms2019(): ReportSpec {
  const spec = clean2019('柳溪乡');
  spec.table2[1]!.rows[0] = ['行政许可', '１２', '+2', '40'];
  spec.table2[2]!.rows[0] = ['行政处罚', '4', '-1', '1,234'];
  spec.table2[4]!.rows[0] = ['政府集中采购', '11个', '185.5897万元'];
  spec.table3.new = ['８', '１', '0', '0', '0', '0', '９'];
  spec.table3.granted = ['４', '１', '—', '/', '－', '无', '５'];
  spec.table3.withheld8 = ['0', '—', '', '', '/', '无', '0'];
  spec.table4 = ['０', ...new Array(14).fill('0')];
  return spec;
}

/**
 * Unreadable cells in a 2021 report (clean2021's numbers): "5件" is a number with a unit (read);
 * partial C4 "约1", rejected2 C7 "见附件" and table 四 cell 4 (复议·尚未审结) "1 0" cannot be read.
 *   T3-03: rows partial and rejected2 depend on them → needs review; T3-02: C4 and C7 → needs review;
 *   T3-01 uses no unreadable cell → holds; T4-01: 行政复议 → needs review.
 */
export function unreadableCells2021(): ReportSpec {
  const spec = clean2021('松岭镇');
  spec.table3.granted = ['5件', '1', '0', '0', '0', '0', '6'];
  spec.table3.partial = ['2', '0', '0', '约1', '0', '0', '3'];
  spec.table3.rejected2 = ['1', '0', '0', '0', '0', '0', '见附件'];
  spec.table4 = ['1', '0', '0', '1 0', '2', '0', '1', '0', '0', '1', '0', '0', '0', '0', '0'];
  return spec;
}
