import { defineRule } from './define';
import { formatNumber } from './checks/relation';
import { applicationClaimsByParagraph } from './checks/application-claims';
import { memo } from '../narrative/memo';
import { quote, sentenceLocator, type ApplicationClaimKind, type CountClaim as Claim } from '../narrative';

type CountClaim = Claim<ApplicationClaimKind>;
import type { Paragraph, Report } from '../schema';

const OUTCOMES: ApplicationClaimKind[] = ['granted', 'partial', 'withheld', 'unable', 'rejected', 'otherHandling'];

interface Account {
  paragraph: Paragraph;
  intake: CountClaim[];
  /** Whether the carried-over count is known (stated, or included in the intake figure). */
  carriedKnown: boolean;
  out: CountClaim[];
  forwardStated: boolean;
}

/** Paragraphs stating both what came in (收到N件) and what came out (outcomes or 办结), all exact. */
const accounts = (report: Report): Account[] => memo(report, findAccounts);

function findAccounts(report: Report): Account[] {
  const out: Account[] = [];
  for (const { paragraph, claims } of applicationClaimsByParagraph(report)) {
    if (claims.some((c) => c.precision !== 'exact')) continue;
    const first = (kind: ApplicationClaimKind) => claims.find((c) => c.kind === kind);
    const intakeAll = first('newAndCarried');
    const intake = intakeAll ? [intakeAll] : [first('new'), first('carried')].filter((c): c is CountClaim => c !== undefined);
    const outcomes = OUTCOMES.map(first).filter((c): c is CountClaim => c !== undefined);
    const handled = first('handled');
    const forward = first('forward');
    const results = outcomes.length > 0 ? outcomes : handled ? [handled] : [];
    if (!intake.some((c) => c.kind !== 'carried') || results.length === 0) continue;
    const carriedKnown = intakeAll !== undefined || first('carried') !== undefined;
    out.push({ paragraph, intake, carriedKnown, out: forward ? [...results, forward] : results, forwardStated: forward !== undefined });
  }
  return out;
}

const sum = (claims: CountClaim[]) => claims.reduce((s, c) => s + c.value, 0);
const terms = (claims: CountClaim[]) => claims.map((c) => formatNumber(c.value)).join('+');

export default defineRule({
  id: 'NA-02',
  severity: 'error',
  group: 'narrative',
  title: { zh: '正文申请收支平衡：收到+结转 = 办理结果+结转下年', en: 'Application figures in the text balance' },
  description: {
    zh: '正文同一段写明收到申请、上年结转、各项办理结果与结转下年度件数时，收到与上年结转之和应等于办理结果与结转下年度之和。',
    en: 'When one paragraph gives applications received, carried over, their outcomes and those carried forward, received + carried over must equal outcomes + carried forward.',
  },
  basis: '《政府信息公开工作年度报告格式》表三勾稽关系（第一项加第二项之和，等于第三项加第四项之和）',
  appliesTo: (report) => accounts(report).length > 0,
  check(report, ctx) {
    for (const account of accounts(report)) {
      const left = sum(account.intake);
      const right = sum(account.out);
      if (left === right) continue;
      const over = right > left;
      const sentence = [...new Set([...account.intake, ...account.out].map((c) => c.sentence))].join('');
      const at = [sentenceLocator(account.paragraph, sentence)];
      const expected = `收到+上年结转 = ${terms(account.intake)} = ${formatNumber(left)}`;
      const actual = `办理结果+结转下年 = ${terms(account.out)} = ${formatNumber(right)}`;
      const message = {
        zh: `“${quote(sentence)}”：收到与上年结转共 ${terms(account.intake)} = ${formatNumber(left)} 件，办理结果与结转下年度共 ${terms(account.out)} = ${formatNumber(right)} 件，两者不等`,
        en: `Received plus carried over is ${formatNumber(left)} but outcomes plus carried forward are ${formatNumber(right)}`,
      };
      if (over && !account.carriedKnown) {
        // Unstated carried-over applications could make up the difference.
        ctx.needsReview({ message: { zh: `${message.zh}；若上年结转 ${formatNumber(right - left)} 件则成立`, en: `${message.en}; holds if ${formatNumber(right - left)} were carried over` }, expected, actual, locators: at });
      } else if (!over && !account.forwardStated) {
        // The outcomes listed may be partial (or some applications still pending).
        ctx.violation({ message: { zh: `${message.zh}（所列办理结果可能不全）`, en: `${message.en} (the outcomes listed may be partial)` }, expected, actual, locators: at, severity: 'info' });
      } else ctx.violation({ message, expected, actual, locators: at });
    }
  },
});
