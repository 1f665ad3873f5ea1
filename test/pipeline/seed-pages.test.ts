// Issue 2's contract on every seed page, in both shapes (real <table>s; one cell per <p>):
// year, template and the violations reference §8 lists for the rules built so far — no more.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractSnapshot } from '../../lib/snapshot';
import { auditSnapshot } from '../../lib/pipeline';
import { AuditResultSchema } from '../../lib/schema';

interface Expected {
  year: number;
  template: '2019' | '2021';
  /** Rule ids of violations, with repeats (one finding per failing relation). */
  violations: string[];
}

// From reference §8, restricted to the first path's rules (the complete set is test/pipeline/seed-complete.test.ts).
const FIRST_PATH_RULES = ['S-01', 'S-03', 'T3-01', 'T3-02', 'T3-03', 'T3-05', 'T3-06', 'T4-01', 'N-01', 'NA-01', 'D-03'];
const EXPECTED: Record<string, Expected> = {
  '000': { year: 2021, template: '2021', violations: ['NA-01'] },
  '001': { year: 2021, template: '2021', violations: ['NA-01', 'T3-06'] },
  '002': { year: 2020, template: '2019', violations: ['S-01'] },
  '003': {
    year: 2020,
    template: '2019',
    violations: ['D-03', 'N-01', 'T3-01', 'T3-01', 'T3-02', 'T3-02', 'T3-05', 'T3-06'],
  },
  '004': { year: 2021, template: '2021', violations: [] },
};

function audit(file: string) {
  const html = readFileSync(`test/fixtures/pages/${file}`, 'utf8');
  const { document } = parseHTML(html);
  return auditSnapshot(extractSnapshot(document as unknown as Document, { url: `http://www.example.gov.cn/${file}` }));
}

for (const [id, expected] of Object.entries(EXPECTED)) {
  describe.each(['table', 'p'])(`seed ${id} drawn as %s`, (shape) => {
    const result = audit(`seed-${id}.${shape}.html`);
    it('validates against the audit-result schema', () => {
      expect(AuditResultSchema.safeParse(result).success).toBe(true);
    });
    it('has the year and template', () => {
      expect(result.report.year).toBe(expected.year);
      expect(result.report.template).toBe(expected.template);
    });
    it('gives exactly the expected violations', () => {
      const violations = result.findings
        .filter((f) => f.outcome === 'violation' && FIRST_PATH_RULES.includes(f.ruleId))
        .map((f) => f.ruleId)
        .sort();
      expect(violations).toEqual([...expected.violations].sort());
    });
  });
}

describe('seed 004: the bracketed subset is not added (266, not 269)', () => {
  it.each(['table', 'p'])('drawn as %s', (shape) => {
    const result = audit(`seed-004.${shape}.html`);
    expect(result.findings.filter((f) => f.ruleId === 'NA-01')).toEqual([]);
    expect(result.passed.map((rule) => rule.ruleId)).toContain('NA-01');
  });
});

describe('seed 003: the errors carry their numbers', () => {
  const result = audit('seed-003.table.html');
  it('names （七）总计 = 4 against outcomes summing to 0', () => {
    const total = result.findings.filter((f) => f.ruleId === 'T3-02' && f.outcome === 'violation');
    expect(total.map((f) => f.message.zh).join('\n')).toMatch(/4/);
    expect(total.every((f) => f.locators.length > 0)).toBe(true);
  });
  it('counts 7 errors of the first path\'s rules', () => {
    expect(result.findings.filter((f) => f.outcome === 'violation' && f.severity === 'error' && FIRST_PATH_RULES.includes(f.ruleId))).toHaveLength(7);
  });
});
