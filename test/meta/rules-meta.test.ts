// Every rule in RULES is complete: metadata (reference-style ID, severity, group, bilingual title
// and description, basis), fixtures under test/rules/ (a test where it fires and one where it does
// not), and its row in docs/rules.md (regenerate with `npm run docs:rules`).
//
// Fixture convention: a test title, read together with its enclosing describe title, names the
// rule ID and says "fires" (or fails / reports / flags / warns) for a fixture where it reports, and
// "does not fire" (or passes) for one where it must stay silent.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../lib/rules';
import { RuleGroupSchema, SeveritySchema } from '../../lib/schema';
import { renderRulesDoc, RULES_DOC_PATH, ruleRow } from '../../scripts/gen-rules-doc';

const ID = /^(?:S|T2|T3|T4|N|NA|D|X|Q)-\d{2}$/;
const RULE_TESTS = 'test/rules';
const FIRES = /\b(?:fires|fails|reports|flags|warns)\b/;
const SILENT = /\b(?:does not fire|passes)\b/;

/** "describe title + it title" for every it/test in a file (nearest preceding describe). */
export function testTitles(source: string): string[] {
  const titles: string[] = [];
  let describeTitle = '';
  for (const m of source.matchAll(/\b(describe|it|test)(?:\.each\([^)]*\))?\(\s*(['"`])((?:(?!\2).)*)\2/g)) {
    if (m[1] === 'describe') describeTitle = m[3]!;
    else titles.push(`${describeTitle} ${m[3]}`);
  }
  return titles;
}

const files = readdirSync(RULE_TESTS).filter((f) => f.endsWith('.test.ts'));
const titles = files.flatMap((f) => testTitles(readFileSync(join(RULE_TESTS, f), 'utf8')));
const names = (id: string) => new RegExp(`(?<![\\w-])${id}(?![\\w-])`);

describe('the fixture convention reader', () => {
  it('pairs an it title with its describe title', () => {
    const source = "describe('N-01 text', () => {\n  it('fires on A', () => {});\n  it.each([1])('passes on %s', () => {});\n});";
    expect(testTitles(source)).toEqual(['N-01 text fires on A', 'N-01 text passes on %s']);
  });
  it('tells N-01 from NA-01', () => {
    expect(names('N-01').test('NA-01 fires')).toBe(false);
    expect(names('N-01').test('N-01 fires')).toBe(true);
  });
});

describe('rule metadata and fixtures', () => {
  it('has unique rule IDs', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s has complete metadata', (_, rule) => {
    expect(rule.id).toMatch(ID);
    expect(SeveritySchema.safeParse(rule.severity).success).toBe(true);
    expect(RuleGroupSchema.safeParse(rule.group).success).toBe(true);
    for (const text of [rule.title.zh, rule.title.en, rule.description.zh, rule.description.en, rule.basis]) {
      expect(text.trim().length).toBeGreaterThan(0);
    }
    expect(rule.title.zh).toMatch(/[\u4e00-\u9fa5]/);
    expect(rule.description.zh).toMatch(/[\u4e00-\u9fa5]/);
    expect(rule.title.en).toMatch(/[A-Za-z]{3}/);
  });

  it.each(RULES.map((r) => [r.id]))('%s has a fixture where it fires and one where it does not', (id) => {
    const own = titles.filter((t) => names(id).test(t));
    expect(own.filter((t) => FIRES.test(t.replace(/does not fire/g, ''))), `no "fires" test for ${id} under ${RULE_TESTS}`).not.toEqual([]);
    expect(own.filter((t) => SILENT.test(t)), `no "does not fire"/"passes" test for ${id} under ${RULE_TESTS}`).not.toEqual([]);
  });
});

describe('docs/rules.md', () => {
  const doc = readFileSync(RULES_DOC_PATH, 'utf8');
  it.each(RULES.map((r) => [r.id, r] as const))('%s has its row', (_, rule) => {
    expect(doc).toContain(ruleRow(rule));
  });
  it('is up to date (npm run docs:rules)', () => {
    expect(doc).toBe(renderRulesDoc(RULES));
  });
});
