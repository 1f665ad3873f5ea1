import { describe, expect, it } from 'vitest';
import { auditSnapshot } from '../../lib/pipeline';
import { formatSummary } from '../../lib/format/summary';
import { AuditResultSchema } from '../../lib/schema';

describe('a page cut short at a snapshot cap', () => {
  const result = auditSnapshot({
    url: 'http://www.example.gov.cn/huge.html',
    title: '某镇2021年政府信息公开工作年度报告',
    publishedAt: null,
    items: [{ type: 'text', text: '一、总体情况', selector: 'p', tag: 'p' }],
    truncated: true,
  });

  it('is refused as too large, with no findings, in the CLI as in the worker', () => {
    expect(result.status).toBe('too-large');
    expect(result.findings).toEqual([]);
    expect(AuditResultSchema.safeParse(result).success).toBe(true);
  });

  it('says so in the summary', () => {
    expect(formatSummary(result)).toContain('页面过大');
    expect(formatSummary(result, { lang: 'en' })).toContain('too large');
  });
});
