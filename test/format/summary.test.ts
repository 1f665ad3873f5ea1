import { describe, expect, it } from 'vitest';
import { runAudit as runAll } from '../../lib/audit';
import { FIRST_PATH_RULES } from '../helpers/first-path-rules';

const runAudit: typeof runAll = (report, options) => runAll(report, { rules: FIRST_PATH_RULES, ...options });
import { formatSummary } from '../../lib/format/summary';
import { findingWord, GROUP_WORDS, SEVERITY_WORDS, templateWord } from '../../lib/format/labels';
import { buildReport } from '../helpers/report-builder';
import { seed003, seed004 } from '../helpers/seed-reports';

const seed003Report = () => seed003();

describe('formatSummary (zh)', () => {
  const text = formatSummary(runAudit(seed003Report()));
  const lines = text.split('\n');

  it('starts with the report facts', () => {
    const report = seed003Report();
    expect(lines).toContain(`报告标题：${report.title}`);
    expect(lines).toContain(`网址：${report.url}`);
    expect(lines).toContain('年度：2020');
    expect(lines).toContain('模板：2019版');
  });

  it('states the verdict with the counts', () => {
    expect(lines).toContain('结论：发现 7 项错误、1 项警告、3 项需人工复核');
  });

  it('prints one line per finding, grouped, with id, severity word and numbers', () => {
    expect(lines).toContain('- T3-02 错误：「（七）总计·自然人」为 4，但各办理结果之和为 0');
    expect(lines).toContain('- T3-06 警告：表三有 115 个空白或“/”“—”单元格');
    expect(lines.filter((l) => l.startsWith('- T3-03 需复核：'))).toHaveLength(1);
    const t3Heading = lines.indexOf('【表三 依申请公开】');
    const datesHeading = lines.indexOf('【日期】');
    expect(t3Heading).toBeGreaterThan(-1);
    expect(datesHeading).toBeGreaterThan(t3Heading);
    expect(lines[datesHeading + 1]).toMatch(/^- D-03 错误：落款日期 2020-12-31/);
    expect(lines.filter((l) => l.startsWith('- '))).toHaveLength(11);
  });
});

describe('formatSummary (en)', () => {
  it('uses English words and messages', () => {
    const lines = formatSummary(runAudit(seed003Report()), { lang: 'en' }).split('\n');
    expect(lines).toContain('Template: 2019 format');
    expect(lines).toContain('Verdict: found 7 errors, 1 warning, 3 items needing review');
    expect(lines).toContain('- T3-02 error: Total handled (natural persons) is 4 but the outcomes add up to 0');
  });
});

describe('formatSummary states', () => {
  it('says no problems on a clean report', () => {
    expect(formatSummary(runAudit(seed004()))).toContain('结论：未发现问题');
  });

  it('notes a partly read table 三', () => {
    const r = buildReport({ t3MissingRows: ['granted', 'partial'] });
    expect(formatSummary(runAudit(r))).toContain('注意：表三未能完整读取（读取 23/25 行），相关检查结果可能不完整。');
  });

  it('notes a missing table', () => {
    expect(formatSummary(runAudit(buildReport({ t4: null })))).toContain('注意：未找到表四，相关检查未进行。');
  });

  it('explains not-report and old-format pages', () => {
    expect(formatSummary(runAudit(buildReport({ kind: 'not-report' })))).toContain('结论：此页面不像政府信息公开工作年度报告，未进行核查。');
    const old = formatSummary(runAudit(buildReport({ kind: 'old-format', year: 2017, template: null })));
    expect(old).toContain('模板：未识别');
    expect(old).toContain('旧格式');
    expect(old).not.toContain('【');
  });
});

describe('labels', () => {
  it('has a word for every severity and group in both languages', () => {
    expect(SEVERITY_WORDS.zh).toEqual({ error: '错误', warning: '警告', info: '提示' });
    expect(Object.keys(GROUP_WORDS.en)).toEqual(Object.keys(GROUP_WORDS.zh));
    expect(templateWord('2021', 'zh')).toBe('2021版');
    const review = runAudit(seed003Report()).findings.find((f) => f.outcome === 'needs-review')!;
    expect(findingWord(review, 'zh')).toBe('需复核');
  });
});
