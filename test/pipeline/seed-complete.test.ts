// Issue 4's bar: on each seed page, in both shapes, the COMPLETE set of violations and needs-review
// findings of the whole rule catalog equals what reference §8 says fires for that seed — not a subset.
// Written from §8 by hand (rule, outcome, severity; one entry per finding).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractSnapshot } from '../../lib/snapshot';
import { auditSnapshot } from '../../lib/pipeline';

const V = 'violation';
const R = 'needs-review';
type Entry = [rule: string, outcome: typeof V | typeof R, severity: 'error' | 'warning' | 'info'];

const EXPECTED: Record<string, Entry[]> = {
  // 000 万市镇 2021: NA-01 E (488 vs 499); S-07 W (责任追究 only); S-08 I ("1、" "(1）"); Q-02 I ([bookmark: _GoBack]).
  '000': [['NA-01', V, 'error'], ['S-07', V, 'warning'], ['S-08', V, 'info'], ['Q-02', V, 'info']],
  // 001 王助镇 2021: NA-01 E (82 vs 100); T3-06 W (35 blanks); S-04 W (detached label, 8-cell 总计 row:
  // one finding for table 三); N-08 W (六 "无"); D-06 W (no date); S-07 W; S-05 I (保留4位小数);
  // T3 arithmetic holds only if the blanks are 0: T3-02 and T3-03 need review (T3-01's cells are all filled).
  '001': [
    ['NA-01', V, 'error'], ['T3-06', V, 'warning'], ['S-04', V, 'warning'], ['N-08', V, 'warning'],
    ['D-06', V, 'warning'], ['S-07', V, 'warning'], ['S-05', V, 'info'], ['T3-02', R, 'warning'], ['T3-03', R, 'warning'],
  ],
  // 002 三七市镇 2020: S-01 E (no 六); D-06 W; S-05 I; S-08 I; T2-06 I ×2 (处罚 0/6/6, 强制 0/5/5);
  // Q-07 I (0.596万元 a project); S-07 W; S-06 I; Q-04 I (三七市镇镇).
  '002': [
    ['S-01', V, 'error'], ['D-06', V, 'warning'], ['S-05', V, 'info'], ['S-08', V, 'info'], ['T2-06', V, 'info'],
    ['T2-06', V, 'info'], ['Q-07', V, 'info'], ['S-07', V, 'warning'], ['S-06', V, 'info'], ['Q-04', V, 'info'],
  ],
  // 003 上官乡 2020: T3-02 E ×2 and T3-01 E ×2 (自然人, 总计); T3-05 E; N-01 E; T3-06 W (115 blanks);
  // D-03 E (signed 2020-12-31); Q-03 W; Q-04 I (一是…三是). The blank 法人 columns leave T3-01, T3-02 and
  // T3-03 holding only if the blanks are 0: needs review.
  '003': [
    ['T3-02', V, 'error'], ['T3-02', V, 'error'], ['T3-01', V, 'error'], ['T3-01', V, 'error'], ['T3-05', V, 'error'],
    ['N-01', V, 'error'], ['T3-06', V, 'warning'], ['D-03', V, 'error'], ['Q-03', V, 'warning'], ['Q-04', V, 'info'],
    ['T3-01', R, 'warning'], ['T3-02', R, 'warning'], ['T3-03', R, 'warning'],
  ],
  // 004 春江街道 2021: D-06 W; S-08 I ("(3）" "5、"); Q-02 I ([bookmark: _GoBack]).
  '004': [['D-06', V, 'warning'], ['S-08', V, 'info'], ['Q-02', V, 'info']],
};

const key = ([rule, outcome, severity]: Entry) => `${rule} ${outcome} ${severity}`;

for (const [seed, expected] of Object.entries(EXPECTED)) {
  describe.each(['table', 'p'])(`seed ${seed} drawn as %s: the whole catalog`, (shape) => {
    const html = readFileSync(`test/fixtures/pages/seed-${seed}.${shape}.html`, 'utf8');
    const { document } = parseHTML(html);
    const result = auditSnapshot(extractSnapshot(document as unknown as Document, { url: `http://www.example.gov.cn/${seed}.html` }));

    it('gives exactly the findings reference §8 lists', () => {
      const actual = result.findings.map((f) => `${f.ruleId} ${f.outcome} ${f.severity}`).sort();
      expect(actual).toEqual(expected.map(key).sort());
    });

    it('no rule crashed', () => {
      expect(result.errors).toEqual([]);
    });
  });
}

describe('seed 004: the bracketed subset is not added', () => {
  it('NA-01 passes (266 = 4+7+8+5+13+35+1+1+192, not 269)', () => {
    const { document } = parseHTML(readFileSync('test/fixtures/pages/seed-004.p.html', 'utf8'));
    const result = auditSnapshot(extractSnapshot(document as unknown as Document, { url: 'http://www.example.gov.cn/004.html' }));
    expect(result.passed.map((rule) => rule.ruleId)).toContain('NA-01');
  });
});
