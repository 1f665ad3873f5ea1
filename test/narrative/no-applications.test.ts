import { describe, expect, it } from 'vitest';
import { findNoApplicationStatements, mentionsCarriedOver } from '../../lib/narrative/no-applications';
import type { Paragraph } from '../../lib/schema';
import { SEED_SENTENCES } from '../helpers/seed-reports';

const p = (text: string): Paragraph => ({ text: text.normalize('NFKC'), at: null });
const found = (text: string) => findNoApplicationStatements([p(text)]).map((s) => s.sentence);

describe('findNoApplicationStatements', () => {
  it('finds the seeds’ sentences', () => {
    for (const s of [SEED_SENTENCES.s000NoApplications, SEED_SENTENCES.s003NoApplications, SEED_SENTENCES.s004NoApplications]) {
      expect(found(s)).toEqual([s.normalize('NFKC')]);
    }
    expect(found(SEED_SENTENCES.s001NoApplications)).toHaveLength(1);
  });

  it('finds 零报告 and returns only the sentence', () => {
    expect(found('本年度依申请公开为零报告。其他工作正常开展。')).toEqual(['本年度依申请公开为零报告。']);
  });

  it('does not read across a sentence end or about review and litigation', () => {
    expect(found('本年未收到投诉。群众提出申请均已办结。')).toEqual([]);
    expect(found('2020年未收到行政复议申请。')).toEqual([]);
    expect(found('全镇共收到依申请公开0件')).toEqual([]);
  });
});

describe('mentionsCarriedOver', () => {
  it('needs a number greater than 0', () => {
    expect(mentionsCarriedOver([p('上年结转政府信息公开申请2件')])).toBe(true);
    expect(mentionsCarriedOver([p('上年结转申请0件')])).toBe(false);
    expect(mentionsCarriedOver([p('本年新收申请3件')])).toBe(false);
  });
});
