// The five seed reports (shared/seeds/*.txt) as a parser would produce them, reduced to what the
// rules read (reference §8). Sentences are copied from the seeds; the builder NFKC-normalises them.
import { buildReport, type CellSpec } from './report-builder';

export const SEED_SENTENCES = {
  s000Published:
    '今年，通过门户网站更新公开信息488条，其中：组织机构4条，政策文件2条，政府决策5条，重大决策事项3条，财政信息7条，人事信息14条，公告公示134条，工作动态277条，重点领域信息公开45条，政务信息公开年报1条，政务信息公开指南1条，村（居）务公开6条。',
  s000Platform:
    '今年，“杏”福万市公众号文章累计编辑推送276篇；开通“杏福万市” 抖音号，总粉丝数有3472人，共推送视频180条;成立“杏”福万市微融媒站，开通视频号。其中今年樱花视频播放量达18.2万次。今年以来万市镇围绕中心工作，在官方主流媒体刊发信息35条，其中国家级15条，省级12条，市级8条。学习强国共录用93条，其中国家平台28条，浙江平台11条，杭州平台54条。同时，今年为回应群众诉求，每月在政务公开网上定期更新“就近办”办事量统计表、建房审批情况等群众关注度高的数据。',
  s000NoApplications: '今年，我镇未收到公民、法人和其他组织通过各种形式提出的信息公开申请件。',
  s001Published:
    '(一) **主动公开情况**：2021年我镇政府信息公开工作，以习近平新时代中国特色社会主义思想为指导，深入贯彻党的十九大和十九届二中、三中、四中、五中全会精神，按照国务院办公厅关于2021年政务公开主要任务要求和省、市、区的具体部署，坚持以公开为常态、不公开为例外，遵循公正、公平、合法、便民的原则，进一步提升政务信息公开的水平。截止2021年12月31日，累计主动公开政务信息82条。其中发布乡镇工作动态32期，环境保护、安全生产、疫情防控等重点领域信息68条。',
  s001NoApplications: '(二) **依申请公开办理情况**：镇政府未收到政府信息公开申请书。',
  s002Overview:
    '2020年，我镇通过不同渠道和方式共公开政府信息524条，其中政府信息公开平台126条，微博、微信等新媒体公开信息398条，全镇共收到依申请公开0件，行政复议0件，行政诉讼0件。',
  s003NoApplications: '2020年我乡未收到公民、法人和其他组织通过各种形式提出的信息公开申请件。',
  s004Published:
    '针对主动公开的政府信息，本机关主要通过区政府门户网站政府信息公开平台进行公开。本机关还采取新闻发布会、报刊、广播、电视、政务微博微信等其他辅助方式公开政府信息。通过区政府门户网站等信息化平台网站，依法主动公开政务政府信息266条。其中，街道文件4条，行政决策7条（重大行政决策相关信息3条），财政信息8条，人事信息5条，公告公示13条，重点领域公开信息35条，政府信息公开指南1条，政府信息公开年报1份，工作动态192条。',
  s004NoApplications: '2021年度，街道未收到政务信息依申请公开的申请。',
} as const;

/** 000 富阳区万市镇 2021: 2021 template, all-zero tables, signed 2022-01-17. */
export const seed000 = () =>
  buildReport({
    year: 2021,
    template: '2021',
    paragraphs: { 1: [SEED_SENTENCES.s000Published, SEED_SENTENCES.s000NoApplications, SEED_SENTENCES.s000Platform] },
    signDate: '2022-01-17',
  });

/** Seed 001's five blank rows (（一）, （二）, （三）1–3), all seven columns. */
export const SEED_001_BLANK_ROWS = ['granted', 'partial', 'withheld1', 'withheld2', 'withheld3'];

/** 001 王助镇 2021: 35 blank cells in table 三, no sign-off. */
export const seed001 = () =>
  buildReport({
    year: 2021,
    template: '2021',
    t3Fill: (id) => (SEED_001_BLANK_ROWS.includes(id) ? Array<CellSpec>(7).fill(null) : Array<CellSpec>(7).fill(0)),
    paragraphs: { 1: [SEED_SENTENCES.s001Published, SEED_SENTENCES.s001NoApplications], 6: ['无'] },
    signDate: null,
  });

/** 002 余姚市三七市镇 2020: 2019 template, section 六 missing, no date. */
export const seed002 = () =>
  buildReport({
    year: 2020,
    template: '2019',
    sections: [1, 2, 3, 4, 5],
    paragraphs: { 1: [SEED_SENTENCES.s002Overview] },
    signDate: null,
  });

/** 003 富阳区上官乡 2020: the 法人 columns blank in every row, （七）总计 = 4 in C1 and C7, signed 2020-12-31. */
export const seed003 = () =>
  buildReport({
    year: 2020,
    template: '2019',
    t3Fill: () => [0, null, null, null, null, null, 0],
    t3: { total: [4, null, null, null, null, null, 4] },
    paragraphs: { 1: [SEED_SENTENCES.s003NoApplications], 6: ['无其他需要报告的事项。'] },
    signDate: '2020-12-31',
  });

/** 004 富阳区春江街道 2021: all-zero tables, no sign-off. */
export const seed004 = () =>
  buildReport({
    year: 2021,
    template: '2021',
    preamble: ['本报告中所列数据的统计时限自2021年1月1日起至2021年12月31日止。'],
    paragraphs: { 1: [SEED_SENTENCES.s004Published, SEED_SENTENCES.s004NoApplications] },
    signDate: null,
  });
