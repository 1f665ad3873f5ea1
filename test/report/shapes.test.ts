// Table shapes beyond the seeds: split and merged <table>s, <br> in cells, pipes, numbers separated
// by spaces, and text whose headings ran into the prose.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractSnapshot, snapshotFromText } from '../../lib/snapshot';
import { parseReport } from '../../lib/report';
import { T3_ROWS } from '../../lib/report/templates';
import type { Report } from '../../lib/schema';

const ROWS = T3_ROWS['2021'];
// 2 applications from natural persons, both disclosed: every relation holds.
const values = (id: string) => (['new', 'granted', 'total'].includes(id) ? [2, 0, 0, 0, 0, 0, 2] : [0, 0, 0, 0, 0, 0, 0]);
const HEAD = '<h1>某镇2021年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>二、主动公开政府信息情况</p><p>三、收到和处理政府信息公开申请情况</p>';
const TAIL = '<p>四、政府信息公开行政复议、行政诉讼情况</p><p>五、存在的主要问题及改进情况</p><p>六、其他需要报告的事项</p>';
const T3_HEADER =
  '<tr><td>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td>申请人情况</td></tr>' +
  '<tr><td></td><td>自然人</td><td>法人或其他组织</td><td>总计</td></tr>' +
  '<tr><td></td><td></td><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>';
const row = (label: string, id: string) => `<tr><td>${label}</td>${values(id).map((v) => `<td>${v}</td>`).join('')}</tr>`;
const T4_ROWS =
  '<tr><td>行政复议</td><td>行政诉讼</td></tr><tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td><td>未经复议直接起诉</td><td>复议后起诉</td></tr>' +
  `<tr>${'<td></td>'.repeat(5)}${'<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>'.repeat(2)}</tr><tr>${'<td>0</td>'.repeat(15)}</tr>`;

function parse(body: string): Report {
  const { document } = parseHTML(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
  return parseReport(extractSnapshot(document as unknown as Document, { url: 'http://x.gov.cn/' }));
}

function expectCompleteTable3(report: Report) {
  expect(report.reading.table3).toMatchObject({ found: true, rowsFound: 25, cellsRead: 175, cellsBlank: 0, unreadable: [] });
  for (const def of ROWS) {
    expect(report.table3!.rows.find((r) => r.id === def.id)!.cells.map((c) => c.value)).toEqual(values(def.id));
  }
}

describe('table shapes', () => {
  it('reads table 三 split over two <table>s', () => {
    const rows = ROWS.map((d) => row(d.label, d.id));
    const report = parse(`${HEAD}<table>${T3_HEADER}${rows.slice(0, 9).join('')}</table><p>&nbsp;</p><table>${rows.slice(9).join('')}</table>${TAIL}`);
    expectCompleteTable3(report);
  });

  it('reads tables 三 and 四 merged into one <table>', () => {
    const rows = ROWS.map((d) => row(d.label, d.id)).join('');
    const report = parse(`${HEAD}<table>${T3_HEADER}${rows}<tr><td>四、政府信息公开行政复议、行政诉讼情况</td></tr>${T4_ROWS}</table>${TAIL}`);
    expectCompleteTable3(report);
    expect(report.reading.table4.cellsRead).toBe(15);
  });

  it('reads cells with <br> inside', () => {
    const rows = ROWS.map((d) => `<tr><td>${d.label.replace('申请', '申<br>请')}</td>${values(d.id).map((v) => `<td>${v}<br></td>`).join('')}</tr>`);
    expectCompleteTable3(parse(`${HEAD}<table>${T3_HEADER}${rows.join('')}</table>${TAIL}`));
  });

  it('reads pipe-separated rows in <pre>', () => {
    const lines = ROWS.map((d) => `| ${d.label} | ${values(d.id).join(' | ')} |`).join('\n');
    const report = parse(`${HEAD}<pre>${lines}</pre>${TAIL}`);
    expectCompleteTable3(report);
    expect(report.table3!.source).toBe('text');
  });

  it('reads a label and its numbers separated by spaces on one line', () => {
    expectCompleteTable3(parse(`${HEAD}${ROWS.map((d) => `<p>${d.label} ${values(d.id).join(' ')}</p>`).join('')}${TAIL}`));
  });

  it('does not split prose that merely ends in a number', () => {
    const report = parse(`${HEAD}<p>全年共收到申请 2 件</p>${TAIL}`);
    const paragraphs = report.sections.flatMap((s) => s.paragraphs.map((p) => p.text));
    expect(paragraphs).toContain('全年共收到申请 2 件');
  });
});

describe('text whose headings ran into the prose (crawler dumps)', () => {
  const dump = [
    '标题: 某区2020年度政府信息公开工作年度报告',
    '发布时间: 2021-03-05 08:58',
    '某区2020年政府信息公开工作年度报告 本报告包括总体情况、主动公开政府信息情况等六个部分。一、总体情况2020年，我区……。二、主动公开政府信息情况第二十条第（一）项信息内容本年新制作数量…' +
      '三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人…一、本年新收政府信息公开申请数量801000081二、上年结转政府信息公开申请数量000000000' +
      '四、因政府信息公开申请行政复议、提起行政诉讼的情况行政复议行政诉讼结果维持…五、政府信息公开工作存在的主要问题及改进情况（一）……六、其他需要报告的事项无。',
  ].join('\n');
  const report = parseReport(snapshotFromText(dump, 'file:dump.txt'));

  it('finds the six sections and the title', () => {
    expect(report.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(report.title).toBe('某区2020年度政府信息公开工作年度报告');
    expect(report.kind).toBe('report');
  });

  it('says table 三 could not be read instead of guessing', () => {
    expect(report.reading.partial).toBe(true);
    expect(report.reading.table3.rowsFound).toBe(0);
    expect(report.table3?.rows.every((r) => r.cells.every((c) => c.kind !== 'number'))).toBe(true);
  });
});
