import { defineRule } from './define';
import type { Report } from '../schema';

/** An organ's name reduced to what identifies it: no 人民政府 / 办事处, no spaces. */
function organCore(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/人民政府|政府|办事处/g, '')
    .replace(/街道办$/, '街道');
}

/** The organ the title names: what precedes the year. */
function titleOrgan(title: string): string | null {
  const match = /^(.*?)(?:关于)?\s*(?:19|20)\d{2}\s*年/.exec(title.normalize('NFKC'));
  const organ = match?.[1]?.trim();
  return organ ? organ : null;
}

/** "富阳区万市镇" and "万市镇人民政府" are one organ: the shorter name ends the longer one or sits in it. */
function sameOrgan(a: string, b: string): boolean {
  const x = organCore(a);
  const y = organCore(b);
  return x !== '' && y !== '' && (x.includes(y) || y.includes(x));
}

function problems(report: Report): { zh: string; en: string; expected: string; actual: string }[] {
  const out = [];
  const title = report.title.normalize('NFKC');
  if (!/(?:19|20)\d{2}\s*年/.test(title)) out.push({ zh: '标题没有年度', en: 'The title has no year', expected: 'YYYY年', actual: report.title });
  if (!/年度报告/.test(title)) out.push({ zh: '标题没有“年度报告”', en: 'The title lacks "年度报告"', expected: '…年度报告', actual: report.title });
  const organ = titleOrgan(report.title);
  const signed = report.signOff?.organ;
  if (organ && signed && !sameOrgan(organ, signed)) {
    out.push({
      zh: `标题中的机关“${organ}”与落款机关“${signed}”不一致`,
      en: `The organ in the title ("${organ}") differs from the sign-off organ ("${signed}")`,
      expected: organ,
      actual: signed,
    });
  }
  return out;
}

export default defineRule({
  id: 'S-09',
  severity: 'warning',
  group: 'structure',
  title: { zh: '标题规范，与落款机关一致', en: 'Title is complete and matches the sign-off' },
  description: {
    zh: '标题应为“机关名称+年度+政府信息公开工作年度报告”，标题中的机关应与落款机关一致。',
    en: 'The title should read "organ + year + 政府信息公开工作年度报告", and name the same organ as the sign-off.',
  },
  basis: '《政府信息公开工作年度报告格式》（标题）；《政府信息公开条例》第四十九条',
  appliesTo: (report) => report.title.trim() !== '',
  check(report, ctx) {
    for (const p of problems(report)) {
      ctx.violation({
        message: { zh: p.zh, en: p.en },
        expected: p.expected,
        actual: p.actual,
        locators: [report.titleAt, report.signOff?.at],
      });
    }
  },
});
