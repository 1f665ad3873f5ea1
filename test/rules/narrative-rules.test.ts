import { describe, expect, it } from 'vitest';
import n01 from '../../lib/rules/n-01-no-applications';
import na01 from '../../lib/rules/na-01-breakdown';
import { buildReport, paragraphSelector, t3Selector } from '../helpers/report-builder';
import { runRule } from '../helpers/run-rule';
import { seed000, seed001, seed002, seed003, seed004, SEED_SENTENCES } from '../helpers/seed-reports';

describe('N-01 "未收到申请" vs table 三', () => {
  it('fires on seed 003: received none but （七）总计 = 4', () => {
    const { violations } = runRule(n01, seed003());
    expect(violations).toHaveLength(1);
    const v = violations[0]!;
    expect(v.message.zh).toContain('但表三「（七）总计·总计」为 4');
    expect(v.message.zh).toContain('2020年我乡未收到');
    expect(v.locators.map((l) => l.selector)).toEqual([paragraphSelector(1, 0), t3Selector('total', 6)]);
    expect(v.locators[0]!.snippet).toBe(SEED_SENTENCES.s003NoApplications.normalize('NFKC'));
  });

  it('passes on seeds 000, 001 and 004 (all-zero table 三)', () => {
    for (const seed of [seed000, seed001, seed004]) expect(runRule(n01, seed()).passed).toBe(true);
  });

  it('is inapplicable when no such sentence exists (seed 002 says "依申请公开0件")', () => {
    expect(runRule(n01, seed002()).inapplicable).toBe(true);
  });

  it('fires on new applications > 0', () => {
    const r = buildReport({ paragraphs: { 3: ['本年度零报告。'] }, t3: { new: [1, 0, 0, 0, 0, 0, 1], granted: [1, 0, 0, 0, 0, 0, 1], total: [1, 0, 0, 0, 0, 0, 1] } });
    const { violations } = runRule(n01, r);
    expect(violations.map((v) => v.message.zh.split('但')[1])).toEqual(['表三「一、本年新收申请·总计」为 1', '表三「（七）总计·总计」为 1']);
  });

  it('allows handled applications carried over from last year', () => {
    const t3 = { carried: [1, 0, 0, 0, 0, 0, 1], granted: [1, 0, 0, 0, 0, 0, 1], total: [1, 0, 0, 0, 0, 0, 1] };
    expect(runRule(n01, buildReport({ paragraphs: { 1: ['本年未收到政府信息公开申请。'] }, t3 })).passed).toBe(true);
    const textOnly = buildReport({
      paragraphs: { 1: ['本年未收到政府信息公开申请，上年结转申请1件已办结。'] },
      t3: { granted: [1, 0, 0, 0, 0, 0, 1], total: [1, 0, 0, 0, 0, 0, 1] },
    });
    expect(runRule(n01, textOnly).passed).toBe(true);
  });

  it('asks review when the cells are blank', () => {
    const r = buildReport({ paragraphs: { 1: [SEED_SENTENCES.s000NoApplications] }, t3: { new: [0, 0, 0, 0, 0, 0, null] } });
    const { violations, reviews } = runRule(n01, r);
    expect(violations).toHaveLength(0);
    expect(reviews).toHaveLength(1);
  });
});

describe('NA-01 其中 lists', () => {
  it('fires on seed 000: 488 stated, parts add up to 499', () => {
    const { violations } = runRule(na01, seed000());
    expect(violations).toHaveLength(1);
    expect(violations[0]!.severity).toBe('error');
    expect(violations[0]!.message.zh).toContain('总数 488条，但所列各项之和为 4+2+5+3+7+14+134+277+45+1+1+6 = 499，超出 11');
    expect(violations[0]!.locators[0]!.selector).toBe(paragraphSelector(1, 0));
  });

  it('fires on seed 001: 82 条 vs 32期 + 68条 = 100, noting the mixed units', () => {
    const { violations } = runRule(na01, seed001());
    expect(violations).toHaveLength(1);
    expect(violations[0]!.message.zh).toContain('总数 82条，但所列各项之和为 32+68 = 100，超出 18（单位不一：条、期）');
  });

  it('passes on seeds 002 (524 = 126+398) and 004 (266, bracketed 3 excluded)', () => {
    expect(runRule(na01, seed002()).passed).toBe(true);
    expect(runRule(na01, seed004()).passed).toBe(true);
  });

  it('reports a shortfall as info', () => {
    const r = buildReport({ paragraphs: { 1: ['公开信息50条,其中政策文件10条,工作动态30条。'] } });
    const { violations } = runRule(na01, r);
    expect(violations.map((v) => v.severity)).toEqual(['info']);
    expect(violations[0]!.message.zh).toContain('少 10');
  });

  it('is inapplicable when no paragraph has 其中', () => {
    expect(runRule(na01, seed003()).inapplicable).toBe(true);
  });
});
