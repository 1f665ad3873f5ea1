import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { extractSnapshot, mergeFrameSnapshots } from '../../lib/snapshot';
import { auditSnapshot } from '../../lib/pipeline';
import { PageSnapshotSchema } from '../../lib/schema';

const snapshotOf = (html: string, url: string) =>
  extractSnapshot(parseHTML(html).document as unknown as Document, { url });

describe('merging the snapshots of several frames', () => {
  const portal = snapshotOf('<html><head><title>某县人民政府门户网站</title></head><body><div>首页 > 政府信息公开年报</div><iframe src="r.html"></iframe><div>版权所有</div></body></html>', 'http://www.x.gov.cn/');
  const report = snapshotOf(readFileSync('test/fixtures/pages/seed-003.table.html', 'utf8'), 'http://www.x.gov.cn/r.html');

  it('reads a report that lives in a child frame, with locators naming that frame', () => {
    const merged = mergeFrameSnapshots([{ frameId: 3, snapshot: report }, { frameId: 0, snapshot: portal }])!;
    expect(PageSnapshotSchema.safeParse(merged).success).toBe(true);
    expect(merged.url).toBe('http://www.x.gov.cn/');
    expect(merged.items[0]!.frame).toBeUndefined();
    const result = auditSnapshot(merged);
    expect(result.status).toBe('audited');
    expect(result.report.year).toBe(2020);
    const total = result.findings.find((f) => f.ruleId === 'T3-02' && f.outcome === 'violation')!;
    expect(total.locators.every((at) => at.frame === '3')).toBe(true);
  });

  it('gives the same findings as the report page on its own', () => {
    const merged = auditSnapshot(mergeFrameSnapshots([{ frameId: 0, snapshot: portal }, { frameId: 3, snapshot: report }])!);
    const alone = auditSnapshot(report);
    const key = (r: typeof alone) => r.findings.map((f) => `${f.ruleId}:${f.outcome}:${f.message.zh}`).sort();
    expect(key(merged)).toEqual(key(alone));
  });

  it('returns null for no frames', () => {
    expect(mergeFrameSnapshots([])).toBeNull();
  });
});
