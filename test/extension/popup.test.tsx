// The popup's views render stored results as text, grouped and filtered, in the chosen language.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { ResultView, type PageLink } from '../../entrypoints/popup/components/ResultView';
import { LangContext, langValue } from '../../entrypoints/popup/components/lang';
import type { Finding } from '../../lib/schema/audit';
import type { Lang } from '../../lib/i18n';
import { result } from './helpers';

vi.mock('../../lib/format/summary', async (original) => ({
  ...(await original<typeof import('../../lib/format/summary')>()),
  formatSummary: (_r: unknown, options?: { lang?: string }) => `SUMMARY TEXT ${options?.lang ?? 'zh'}`,
}));

let host: HTMLElement | undefined;
function unmount(): void {
  if (host) render(null, host);
  host?.remove();
  host = undefined;
}
function show(node: ComponentChild, lang: Lang = 'zh'): HTMLElement {
  unmount();
  host = document.createElement('div');
  document.body.append(host);
  render(<LangContext.Provider value={langValue(lang)}>{node}</LangContext.Provider>, host);
  return host;
}
afterEach(unmount);

const total: Finding = {
  ruleId: 'T3-02',
  outcome: 'violation',
  severity: 'error',
  group: 'table3',
  title: { zh: '表三（七）总计等于各办理结果之和', en: 'Table 3 total' },
  message: { zh: '「（七）总计·总计」为 4，但各办理结果之和为 0', en: 'total is 4, outcomes add up to 0' },
  expected: '0',
  actual: '4',
  locators: [{ selector: 'td.x', snippet: '<img src=x onerror=alert(1)>', label: '（七）总计 / 总计' }],
};
const blanks: Finding = { ...total, ruleId: 'T3-06', severity: 'warning', title: { zh: '空白单元格', en: 'Blank cells' }, message: { zh: '有空白', en: 'blanks' }, expected: null, actual: null, locators: [] };
const review: Finding = { ...total, ruleId: 'T3-01', outcome: 'needs-review', severity: 'warning', title: { zh: '勾稽关系', en: 'Balance' } };
const dates: Finding = { ...total, ruleId: 'D-03', group: 'dates', title: { zh: '落款日期', en: 'Sign-off date' }, locators: [{ selector: 'p.sign', snippet: '2020年12月31日' }] };

function withFindings(...findings: Finding[]) {
  const r = result({ error: findings.filter((f) => f.outcome === 'violation' && f.severity === 'error').length });
  r.findings = findings;
  return r;
}

describe('ResultView', () => {
  it('groups findings in the summary order with errors first, and shows snippets as text only', () => {
    const el = show(<ResultView result={withFindings(dates, review, blanks, total)} />);
    expect([...el.querySelectorAll('.group h3')].map((h) => h.textContent)).toEqual(['表三 依申请公开', '日期']);
    expect([...el.querySelectorAll('.group')][0]?.querySelectorAll('li.finding')).toHaveLength(3);
    const rules = [...el.querySelectorAll('li.finding')].map((li) => li.getAttribute('data-rule'));
    expect(rules).toEqual(['T3-02', 'T3-06', 'T3-01', 'D-03']);
    const item = el.querySelector('[data-rule="T3-02"]');
    expect(item?.textContent).toContain('（七）总计·总计');
    expect(item?.querySelector('.expect')?.textContent).toBe('应为0实为4');
    expect(item?.querySelector('.where li')?.textContent).toBe('（七）总计 / 总计（<img src=x onerror=alert(1)>）');
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('.count-error strong')?.textContent).toBe('2');
    expect(el.textContent).toContain('2019版');
  });

  it('filters by kind', async () => {
    const el = show(<ResultView result={withFindings(total, blanks, review)} />);
    const radio = (value: string) => el.querySelector<HTMLInputElement>(`input[value="${value}"]`);
    expect(radio('info')).toBeNull(); // no hints: no such filter
    await act(async () => {
      radio('review')?.click();
    });
    expect([...el.querySelectorAll('li.finding')].map((li) => li.getAttribute('data-rule'))).toEqual(['T3-01']);
    await act(async () => {
      radio('warning')?.click();
    });
    expect([...el.querySelectorAll('li.finding')].map((li) => li.getAttribute('data-rule'))).toEqual(['T3-06']);
  });

  it('asks the page to outline a finding, and toggles every finding', async () => {
    const page: PageLink = { highlight: vi.fn(async () => ({ found: 1, missing: 0 })), clear: vi.fn(async () => {}) };
    const el = show(<ResultView result={withFindings(total, blanks, dates)} page={page} />);
    // A finding without places offers nothing to click.
    expect(el.querySelector('[data-rule="T3-06"] button')).toBeNull();
    await act(async () => {
      el.querySelector<HTMLButtonElement>('[data-rule="T3-02"] button.finding-show')?.click();
    });
    expect(page.highlight).toHaveBeenCalledWith(
      [{ selector: 'td.x', snippet: '<img src=x onerror=alert(1)>', label: 'T3-02 表三（七）总计等于各办理结果之和', severity: 'error' }],
      true,
    );
    expect(el.querySelector('[data-rule="T3-02"] .show-state')?.textContent).toBe('已在页面上标出 1 处');
    expect(el.querySelector('[data-rule="T3-02"] button.finding-show')?.getAttribute('aria-pressed')).toBe('true');

    const all = el.querySelector<HTMLButtonElement>('button.highlight-all');
    await act(async () => {
      all?.click();
    });
    expect(vi.mocked(page.highlight).mock.calls[1]?.[0].map((t) => t.selector)).toEqual(['td.x', 'p.sign']);
    expect(all?.getAttribute('aria-pressed')).toBe('true');
    await act(async () => {
      all?.click();
    });
    expect(page.clear).toHaveBeenCalledTimes(1);
    expect(all?.getAttribute('aria-pressed')).toBe('false');
  });

  it('copies the summary in the UI language', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const el = show(<ResultView result={withFindings(total)} />, 'en');
    const button = el.querySelector<HTMLButtonElement>('button.copy-summary');
    expect(button?.textContent).toBe('Copy audit summary');
    await act(async () => {
      button?.click();
    });
    expect(writeText).toHaveBeenCalledWith('SUMMARY TEXT en');
    expect(el.querySelector('.copy-state')?.textContent).toBe('Copied');
    expect(el.querySelector('[data-rule="T3-02"] .finding-message')?.textContent).toBe('total is 4, outcomes add up to 0');
  });

  it('says when the page is no report or an old format, and reports a partial reading', () => {
    expect(show(<ResultView result={result({}, 'not-report')} />).textContent).toContain('此页面不是政府信息公开工作年度报告');
    expect(show(<ResultView result={result({}, 'old-format')} />).textContent).toContain('旧版格式');
    const r = result();
    r.reading.partial = true;
    r.reading.table3 = { ...r.reading.table3, found: false };
    r.reading.table4 = { ...r.reading.table4, unreadable: [{ rowId: 'total', column: 2, raw: '4件?' }] };
    const text = show(<ResultView result={r} />).querySelector('.reading')?.textContent ?? '';
    expect(text).toContain('表三 未找到');
    expect(text).toContain('total 行第 3 列: 4件?');
    expect(show(<ResultView result={result()} />).querySelector('.reading')).toBeNull();
  });
});
