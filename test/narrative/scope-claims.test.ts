import { describe, expect, it } from 'vitest';
import { applicationParagraphs, proceedingParagraphs, subheadingTopic } from '../../lib/narrative/scope';
import { findApplicationClaims } from '../../lib/narrative/claims';
import { findProceedingClaims } from '../../lib/narrative/proceedings';
import { findNormativeDocumentClaims } from '../../lib/narrative/normative-documents';
import { findFeeAmounts } from '../../lib/narrative/fees';
import { findPercentLists } from '../../lib/narrative/percentages';
import type { Paragraph } from '../../lib/schema';
import { buildReport } from '../helpers/report-builder';
import { SEED_SENTENCES } from '../helpers/seed-reports';

const p = (text: string): Paragraph => ({ text: text.normalize('NFKC'), at: null });
const claims = (text: string) => findApplicationClaims([p(text)]).map((c) => [c.kind, c.value]);
const proceedings = (text: string) => findProceedingClaims([p(text)]).map((c) => [c.kind, c.value]);

describe('subheadingTopic', () => {
  it('reads the seeds’ sub-item headings, inline ones included (seed 001)', () => {
    expect(subheadingTopic('(2) 依申请公开')).toBe('requests');
    expect(subheadingTopic('(二) **依申请公开办理情况**:镇政府未收到政府信息公开申请书。')).toBe('requests');
    expect(subheadingTopic('(三) **政府信息公开资源的规范化、标准化管理情况**:建立健全…')).toBe('management');
    expect(subheadingTopic('(3) [bookmark: _GoBack]政府信息管理')).toBe('management');
    expect(subheadingTopic('(五)信息公开监督保障')).toBe('oversight');
    expect(subheadingTopic('(四)信息公开平台建设')).toBe('platform');
    expect(subheadingTopic(SEED_SENTENCES.s000NoApplications.normalize('NFKC'))).toBeNull();
  });
});

describe('scoped paragraphs', () => {
  const report = buildReport({
    paragraphs: {
      1: ['总体情况概述。', '(一)主动公开', '主动公开A。', '(二)依申请公开', '依申请B。', '(五)监督保障', '监督C。'],
      3: ['三D。'],
      4: ['四E。'],
    },
  });
  it('keeps application sentences with 一·依申请公开 (and unlabelled 一) and section 三', () => {
    expect(applicationParagraphs(report).map((x) => x.text)).toEqual(['总体情况概述。', '(二)依申请公开', '依申请B。', '三D。']);
  });
  it('keeps review and litigation sentences with 一·依申请公开, 一·监督保障 and section 四', () => {
    expect(proceedingParagraphs(report).map((x) => x.text)).toEqual(['总体情况概述。', '(二)依申请公开', '依申请B。', '(五)监督保障', '监督C。', '四E。']);
  });
});

describe('findApplicationClaims', () => {
  it('reads seed 002 (依申请公开0件) and not its review figures', () => {
    expect(claims(SEED_SENTENCES.s002Overview)).toEqual([['new', 0]]);
  });

  it('reads the corpus (平潭 2021, 2025): received, handled, carried forward either way round', () => {
    expect(claims('本年度全区共收到70件申请，及时依法依规办结69件，1件结转下年度继续办理。')).toEqual([['forward', 1], ['new', 70], ['handled', 69]]);
    expect(claims('2025年，全区共收到政府信息公开申请154件，共办结148件，结转至2026年6件。')).toEqual([['forward', 6], ['new', 154], ['handled', 148]]);
  });

  it('reads 淮安 2024: carried over inside the 答复 bracket, 103件顺延到下年度', () => {
    expect(claims('2024 年,全市共受理政府信息公开申请 3119 件,答复 3050 件(含上年度结转申请 34 件,另有 103 件顺延到下年度答复),均在法定期限内予以答复。')).toEqual([
      ['carried', 34],
      ['forward', 103],
      ['new', 3119],
      ['handled', 3050],
    ]);
  });

  it('reads outcomes, 含上年结转 and Chinese numerals', () => {
    expect(claims('本年度共收到政府信息公开申请7件（含上年结转1件），其中予以公开3件，部分公开一件，不予以公开2件。')).toEqual([
      ['carried', 1],
      ['newAndCarried', 7],
      ['withheld', 2],
      ['granted', 3],
      ['partial', 1],
    ]);
  });

  it('ignores negations, other matters and quoted slogans', () => {
    expect(claims(SEED_SENTENCES.s003NoApplications)).toEqual([]);
    expect(claims('收到行政复议申请2件，信访件3件。')).toEqual([]);
    expect(claims('第一时间受理、第一时间转送承办单位和第一时间回复申请的“三个一”工作机制。')).toEqual([]);
  });
});

describe('findProceedingClaims', () => {
  it('reads counts and negations (seeds 002, 003; 平潭 2025)', () => {
    expect(proceedings(SEED_SENTENCES.s002Overview)).toEqual([['review', 0], ['litigation', 0]]);
    expect(proceedings('2020年，上官乡没有发生因本乡政务信息公开或不公开引起的行政复议和提起行政诉讼情况。')).toEqual([['review', 0], ['litigation', 0]]);
    expect(proceedings('全年办理因政府信息公开申请引发的行政复议36起，行政诉讼9起。')).toEqual([['review', 36], ['litigation', 9]]);
  });

  it('does not read table labels (未经复议直接起诉, 尚未审结)', () => {
    expect(proceedings('结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉')).toEqual([]);
  });
});

describe('normative documents, fees, percentages', () => {
  it('reads 制发 and 废止 only about 规范性文件 (平潭 2020, 2024)', () => {
    const read = (t: string) => findNormativeDocumentClaims([p(t)]).map((c) => [c.kind, c.value]);
    expect(read('全年制发行政规范性文件62件。')).toEqual([['issued', 62]]);
    expect(read('清理并废止规范性文件5件。')).toEqual([['repealed', 5]]);
    expect(read('印发实施方案3件。')).toEqual([]);
  });

  it('reads fee amounts in 元 and skips "未收取"', () => {
    expect(findFeeAmounts([p('收取信息处理费0.02万元。')]).map((a) => a.yuan)).toEqual([200]);
    expect(findFeeAmounts([p('本单位2021年未收取信息处理费。')])).toEqual([]);
  });

  it('lists shares after 其中/分别 and leaves rates out', () => {
    expect(findPercentLists('其中自然人占60%,企业占40%,同比增长20%。').map((l) => l.values)).toEqual([[60, 40]]);
  });
});
