import { describe, expect, it } from 'vitest';
import { assessBreakdown, findBreakdowns, mixedUnits } from '../../lib/narrative/breakdowns';
import { SEED_SENTENCES } from '../helpers/seed-reports';

const n = (s: string) => s.normalize('NFKC');
const summary = (text: string) =>
  findBreakdowns(n(text)).map((b) => ({ total: b.total.value, parts: b.parts.map((p) => p.quantity.value), verdict: assessBreakdown(b).status }));

describe('findBreakdowns on the seeds', () => {
  it('000: 488 with twelve parts adding to 499 (the 村（居） bracket is not a subset)', () => {
    expect(summary(SEED_SENTENCES.s000Published)).toEqual([
      { total: 488, parts: [4, 2, 5, 3, 7, 14, 134, 277, 45, 1, 1, 6], verdict: 'over' },
    ]);
  });

  it('000 platform paragraph: 35 = 15+12+8 and 93 = 28+11+54; the 18.2万次 其中 has no item total', () => {
    expect(summary(SEED_SENTENCES.s000Platform)).toEqual([
      { total: 35, parts: [15, 12, 8], verdict: 'equal' },
      { total: 93, parts: [28, 11, 54], verdict: 'equal' },
    ]);
  });

  it('001: 82条。其中 32期, 68条 across the sentence end, names containing 、', () => {
    const [b] = findBreakdowns(n(SEED_SENTENCES.s001Published));
    expect(b?.total.value).toBe(82);
    expect(b?.parts.map((p) => [p.quantity.value, p.quantity.unit])).toEqual([[32, '期'], [68, '条']]);
    expect(b?.parts[1]?.name).toBe('环境保护、安全生产、疫情防控等重点领域信息');
    expect(b && mixedUnits(b)).toEqual(['条', '期']);
    expect(b && assessBreakdown(b).status).toBe('over');
  });

  it('002: the list stops at "全镇共收到…0件"', () => {
    expect(summary(SEED_SENTENCES.s002Overview)).toEqual([{ total: 524, parts: [126, 398], verdict: 'equal' }]);
  });

  it('004: 266 without the bracketed 3 (a naive sum would give 269)', () => {
    expect(summary(SEED_SENTENCES.s004Published)).toEqual([{ total: 266, parts: [4, 7, 8, 5, 13, 35, 1, 1, 192], verdict: 'equal' }]);
  });
});

describe('assessBreakdown with approximate numbers', () => {
  it('does not flag parts over a total that is itself a lower bound', () => {
    expect(summary('公开信息273余项，其中政策3项，动态170余项，其他100余项。')[0]?.verdict).toBe('undetermined');
  });

  it('flags lower-bound parts that already exceed an exact total', () => {
    expect(summary('公开信息200条，其中动态170余条，公告50余条。')[0]?.verdict).toBe('over');
  });

  it('treats 约 as either side', () => {
    expect(summary('公开信息200条，其中动态约250条。')[0]?.verdict).toBe('undetermined');
  });

  it('reports a shortfall of exact parts as under', () => {
    expect(summary('公开信息50条，其中政策10条、动态30条。')).toEqual([{ total: 50, parts: [10, 30], verdict: 'under' }]);
  });

  it('needs an item-unit total right before 其中', () => {
    expect(summary('收到申请5件，其中予以公开3件。')).toEqual([]);
    expect(summary('发布信息100条，推送视频，其中工作动态20条。')).toEqual([]);
  });
});

describe('breakdowns written in brackets and with other separators', () => {
  it('reads "2602条(其中…)" as the total’s own list (平潭 2020: parts add up to 2603)', () => {
    const text =
      '全年我区政府信息公开单位共公布政府信息2602条(其中机构职能类信息82条，政策、规范性文件类信息80条，规划计划类信息21条，行政许可类信息40条，重大建设项目信息390条，为民办实事类信息69条，民政扶贫救灾社会保障就业类信息143条，国土资源城乡建设环保能源类信息208条，科教文体卫生类信息246条，安全生产、应急管理类信息271条，其他应主动公开政府信息1053条)，对于主动公开的政府信息，主要通过政府门户网站进行公开。';
    expect(summary(text)).toEqual([{ total: 2602, parts: [82, 80, 21, 40, 390, 69, 143, 208, 246, 271, 1053], verdict: 'over' }]);
  });

  it('keeps a (其中…) inside a running list as a nested subset', () => {
    expect(summary('公开信息100条，其中政策文件20条（其中规章5条），工作动态80条。')).toEqual([{ total: 100, parts: [20, 80], verdict: 'equal' }]);
  });

  it('splits siblings on ；and 、 as well as ，', () => {
    expect(summary('公开信息10条，其中政策3条；动态5条、公告2条。')).toEqual([{ total: 10, parts: [3, 5, 2], verdict: 'equal' }]);
  });
});
