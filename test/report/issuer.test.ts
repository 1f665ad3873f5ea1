import { describe, expect, it } from 'vitest';
import { issuerTypeOf } from '../../lib/report/issuer';
import { findStatPeriod } from '../../lib/report/stat-period';

describe('issuerTypeOf', () => {
  it.each([
    ['富阳区人民政府春江街道办事处2021年度政府信息公开工作年度报告', 'subdistrict'],
    ['杭州市富阳区上官乡人民政府2020年政府信息公开工作年度报告', 'township'],
    ['淮安市洪泽区人民政府2021年政府信息公开工作年度报告', 'county'],
    ['三七市镇2020年政府信息公开工作年度报告', 'township'],
    ['富阳区万市镇2021年政府信息公开工作年度报告', 'township'],
    ['杭州市人民政府2021年政府信息公开工作年度报告', 'city'],
    ['宁波市余姚市人民政府2021年政府信息公开工作年度报告', 'county'],
    ['杭州市富阳区民政局2021年政府信息公开工作年度报告', 'department'],
    ['杭州市人民政府办公厅2021年政府信息公开工作年度报告', 'department'],
    ['浙江省发展和改革委员会2021年政府信息公开工作年度报告', 'department'],
    ['某某街道2021年政府信息公开工作年度报告', 'subdistrict'],
  ])('%s → %s', (title, type) => {
    expect(issuerTypeOf(title, null, null)).toBe(type);
  });

  it('falls back to the agency, then the sign-off organ', () => {
    expect(issuerTypeOf('2021年政府信息公开工作年度报告', null, '杭州市富阳区上官乡人民政府')).toBe('township');
    expect(issuerTypeOf('2021年政府信息公开工作年度报告', '王助镇', null)).toBe('township');
  });

  it('is null when nothing names the organ', () => {
    expect(issuerTypeOf('2021年政府信息公开工作年度报告', null, null)).toBeNull();
  });
});

describe('findStatPeriod', () => {
  const p = (text: string) => ({ text, at: null });
  it('reads seed 004\'s 统计时限', () => {
    const period = findStatPeriod([p('本报告中所列数据的统计时限自2021年1月1日起至2021年12月31日止。')]);
    expect(period).toMatchObject({ from: '2021-01-01', to: '2021-12-31' });
  });
  it('reads 统计期限 without 自/起/止', () => {
    expect(findStatPeriod([p('统计期限为2020年1月1日至2020年12月20日。')])).toMatchObject({ from: '2020-01-01', to: '2020-12-20' });
  });
  it('is null when no period is stated', () => {
    expect(findStatPeriod([p('2021年，我镇未收到申请。'), p('更新“就近办”办事量统计表。')])).toBeNull();
  });
});
