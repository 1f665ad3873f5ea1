// Seed 003's 主动公开 tally is a small table in section 一 (450 = 51+322+36+7+21+13): NA-01 reads it
// like the sentence it stands for (reference §8: NA-01 passes on 003).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractSnapshot } from '../../lib/snapshot';
import { parseReport } from '../../lib/report';
import { auditSnapshot } from '../../lib/pipeline';

const page = readFileSync('test/fixtures/pages/seed-003.table.html', 'utf8');
const snapshotOf = (html: string) => extractSnapshot(parseHTML(html).document as unknown as Document, { url: 'http://www.example.gov.cn/003.html' });

describe('a tally table in the prose', () => {
  it('becomes one sentence in its section', () => {
    const report = parseReport(snapshotOf(page));
    const text = report.sections[0]!.paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('450条,其中:组织机构51条,乡镇动态322条');
  });

  it('lets NA-01 pass when the parts add up (450)', () => {
    const result = auditSnapshot(snapshotOf(page));
    expect(result.passed.map((r) => r.ruleId)).toContain('NA-01');
  });

  it('lets NA-01 fire when they do not (322 → 332 makes 460 > 450)', () => {
    const result = auditSnapshot(snapshotOf(page.replace('>322<', '>332<')));
    const na01 = result.findings.filter((f) => f.ruleId === 'NA-01');
    expect(na01).toHaveLength(1);
    expect(na01[0]!.outcome).toBe('violation');
    expect(na01[0]!.message.zh).toContain('460');
  });
});
