import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractSnapshot } from '../../lib/snapshot';
import { auditSnapshot } from '../../lib/pipeline';

function audit(body: string, title = '政府信息公开年报') {
  const { document } = parseHTML(`<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`);
  return auditSnapshot(extractSnapshot(document as unknown as Document, { url: 'http://www.example.gov.cn/' }));
}

describe('pages that are no report', () => {
  it('a list of annual reports is not a report and gets no findings', () => {
    const result = audit(`<ul>
      <li><a href="a.html">富阳区万市镇2021年政府信息公开工作年度报告</a><span>2022-01-17</span></li>
      <li><a href="b.html">富阳区万市镇2020年政府信息公开工作年度报告</a><span>2021-01-20</span></li>
    </ul>`);
    expect(result.status).toBe('not-report');
    expect(result.findings).toEqual([]);
    expect(result.counts.error).toBe(0);
  });
  it('a news article with a large unrelated table is not a report', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `<tr><td>项目${i}</td><td>${i}</td><td>${i * 2}</td></tr>`).join('');
    const result = audit(`<h1>我区召开政务公开工作会议</h1><p>会议指出……</p><table>${rows}</table>`, '新闻');
    expect(result.status).toBe('not-report');
  });
  it('a pre-2019 report is recognised as the old format and not audited', () => {
    const result = audit(`<h1>某某镇2017年政府信息公开工作年度报告</h1>
      <p>一、概述</p><p>二、主动公开政府信息情况</p><p>三、依申请公开政府信息情况</p>
      <p>四、政府信息公开的收费及减免情况</p><p>五、因政府信息公开申请行政复议、提起行政诉讼的情况</p>
      <p>六、政府信息公开工作存在的主要问题及改进情况</p>`);
    expect(result.status).toBe('old-format');
    expect(result.findings).toEqual([]);
  });
});
