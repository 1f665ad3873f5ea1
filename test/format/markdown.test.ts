import { describe, expect, it } from 'vitest';
import { escapeMarkdown, formatMarkdown } from '../../lib/format/markdown';
import { sampleResult, totalFinding } from './fixtures';

describe('formatMarkdown', () => {
  it('gives a heading, the verdict and one block per finding under its group', () => {
    const md = formatMarkdown(sampleResult());
    const lines = md.split('\n');
    expect(lines[0]).toBe('## 年报核查：某乡2020年政府信息公开工作年度报告');
    expect(md).toContain('**结论：发现 1 项错误、1 项需人工复核**');
    expect(md).toContain('### 表三 依申请公开');
    expect(md).toContain('### 正文与数据');
    expect(md.indexOf('### 表三')).toBeLessThan(md.indexOf('### 正文与数据'));
    expect(md).toContain('- **T3-02 错误** 表三（七）总计等于各办理结果之和：「（七）总计·总计」为 4，但各办理结果之和为 0');
    expect(md).toContain('  - 应为：`0`；实为：`4`');
    expect(md).toContain('  - 位置：（七）总计 / 总计（4）');
  });

  it('escapes page text so that it cannot become links or emphasis', () => {
    const md = formatMarkdown(sampleResult());
    expect(md).toContain('\\*粗体\\* \\[链接\\](http://x)');
    expect(md).not.toContain('[链接](http');
    expect(escapeMarkdown('a<b>|c`d_e\nf')).toBe('a\\<b\\>\\|c\\`d\\_e f');
    // The URL is an autolink with spaces encoded, so that it stays one link.
    expect(md).toContain('<http://www.example.gov.cn/a%20b/report.html>');
  });

  it('writes English for the English UI and lists at most maxLocations places', () => {
    const many = { ...totalFinding, locators: Array.from({ length: 5 }, (_, i) => ({ selector: `td:nth-of-type(${i + 1})`, snippet: String(i) })) };
    const md = formatMarkdown(sampleResult([many]), { lang: 'en', maxLocations: 2 });
    expect(md).toContain('### Table 3: applications');
    expect(md).toContain('  - Where: 0; 1 and 3 more');
    expect(md).toContain('**Verdict: found 1 error**');
  });

  it('says when a page was not audited', () => {
    const md = formatMarkdown({ ...sampleResult([]), status: 'old-format' });
    expect(md).toContain('**此报告为2019年以前的旧格式，不在核查范围内。**');
    expect(md).not.toContain('###');
  });
});

describe('the page address in Markdown', () => {
  it('links only http(s) addresses; a javascript: address stays inert code', async () => {
    const { formatMarkdown } = await import('../../lib/format/markdown');
    const { runAudit } = await import('../../lib/audit');
    const { buildReport } = await import('../helpers/report-builder');
    const hostile = runAudit(buildReport({ url: 'javascript:alert(1)' }));
    const text = formatMarkdown(hostile);
    expect(text).not.toContain('<javascript:');
    expect(text).toContain('`javascript:alert(1)`');
    const plain = runAudit(buildReport({ url: 'https://www.example.gov.cn/nb.html' }));
    expect(formatMarkdown(plain)).toContain('<https://www.example.gov.cn/nb.html>');
  });
});
