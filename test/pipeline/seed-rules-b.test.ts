// Part B's rules (N-, NA-, Q-) on the five seed pages, through the whole pipeline, in both page
// shapes: exactly the findings reference §8 lists for them, with their severities, and the passes
// it names. Seed 001's text has "**主动公开情况**": Markdown bold from the seed's conversion to text,
// which the fixture pages render as <strong> (as the page had it), so Q-02 does not fire there (§8).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractSnapshot } from '../../lib/snapshot';
import { auditSnapshot } from '../../lib/pipeline';

const PART_B = /^(?:N|NA|Q)-\d{2}$/;

interface Expected {
  /** "ruleId severity" of every finding of part B's rules, sorted. */
  findings: string[];
  passes: string[];
}

const EXPECTED: Record<string, Expected> = {
  // NA-01: 488 stated, 499 listed; Q-02: [bookmark: _GoBack] in 六.
  '000': { findings: ['NA-01 error', 'Q-02 info'], passes: ['N-01', 'N-08'] },
  // NA-01: 82 vs 32期 + 68条; N-08: 六 is "无".
  '001': { findings: ['N-08 warning', 'NA-01 error'], passes: ['N-01', 'Q-02'] },
  // 三七市镇镇; Q-07: 22.64万元 / 38 ≈ 0.596万元. 524 = 126 + 398; 依申请公开0件, 行政复议0件, 行政诉讼0件.
  '002': { findings: ['Q-04 info', 'Q-07 info'], passes: ['NA-01', 'N-02', 'N-06'] },
  // N-01: 未收到 vs （七）总计 4; Q-03: 教育信息, 杭州教育发布, 教育系统; Q-04: 一是…三是. No review or litigation, table 四 all 0.
  '003': { findings: ['N-01 error', 'Q-03 warning', 'Q-04 info'], passes: ['N-06', 'Q-07'] },
  // [bookmark: _GoBack]. 266 without the bracketed 3; 本年度未收取信息处理费.
  '004': { findings: ['Q-02 info'], passes: ['NA-01', 'N-01', 'N-08'] },
};

function audit(file: string) {
  const { document } = parseHTML(readFileSync(`test/fixtures/pages/${file}`, 'utf8'));
  return auditSnapshot(extractSnapshot(document as unknown as Document, { url: `http://www.example.gov.cn/${file}` }));
}

for (const [id, expected] of Object.entries(EXPECTED)) {
  describe.each(['table', 'p'])(`seed ${id} drawn as %s: part B rules`, (shape) => {
    const result = audit(`seed-${id}.${shape}.html`);
    it('gives exactly the expected findings', () => {
      const found = result.findings.filter((f) => PART_B.test(f.ruleId)).map((f) => `${f.ruleId} ${f.severity}`);
      expect(found.sort()).toEqual([...expected.findings].sort());
      expect(result.errors).toEqual([]);
    });
    it('passes the rules §8 names', () => {
      const passed = result.passed.map((r) => r.ruleId);
      for (const ruleId of expected.passes) expect(passed).toContain(ruleId);
    });
  });
}

describe('the seed findings carry their evidence', () => {
  it('000: NA-01 names 488 and 499, located at the sentence', () => {
    const f = audit('seed-000.table.html').findings.find((x) => x.ruleId === 'NA-01')!;
    expect(f.expected).toBe('≤ 488条');
    expect(f.actual).toBe('4+2+5+3+7+14+134+277+45+1+1+6 = 499');
    expect(f.locators[0]!.snippet).toContain('488条');
  });

  it('002: Q-07 gives the average, Q-04 the doubled name', () => {
    const findings = audit('seed-002.p.html').findings;
    expect(findings.find((x) => x.ruleId === 'Q-07')!.actual).toBe('22.64 ÷ 38 ≈ 0.596 万元');
    expect(findings.find((x) => x.ruleId === 'Q-04')!.message.zh).toContain('“三七市镇镇”');
  });

  it('003: Q-03 lists the three education phrases; Q-04 the missing 二是', () => {
    const findings = audit('seed-003.table.html').findings;
    expect(findings.find((x) => x.ruleId === 'Q-03')!.actual).toBe('3');
    expect(findings.find((x) => x.ruleId === 'Q-04')!.message.zh).toContain('一是…三是（缺二是）');
  });
});
