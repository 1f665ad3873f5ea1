// The popup's views render stored results as text, with the plain states the brief asks for.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { ResultView } from '../../entrypoints/popup/components/ResultView';
import type { Finding } from '../../lib/schema/audit';
import { result } from './helpers';

vi.mock('../../lib/format/summary', () => ({ formatSummary: () => 'SUMMARY TEXT' }));

let host: HTMLElement | undefined;
function unmount(): void {
  if (host) render(null, host);
  host?.remove();
  host = undefined;
}
function show(node: ComponentChild): HTMLElement {
  unmount();
  host = document.createElement('div');
  document.body.append(host);
  render(node, host);
  return host;
}
afterEach(unmount);

const finding: Finding = {
  ruleId: 'T3-02',
  outcome: 'violation',
  severity: 'error',
  group: 'table3',
  title: { zh: '表三（七）总计等于各办理结果之和', en: 'Table 3 total' },
  message: { zh: '「（七）总计·总计」为 4，但各办理结果之和为 0', en: 'total is 4, outcomes add up to 0' },
  expected: '0',
  actual: '4',
  locators: [{ selector: 'td', snippet: '<img src=x onerror=alert(1)>' }],
};

describe('ResultView', () => {
  it('lists findings with expected/found and shows page snippets as text only', () => {
    const r = result({ error: 1 });
    r.findings = [finding];
    const el = show(<ResultView result={r} />);
    expect(el.querySelector('[data-rule="T3-02"]')?.textContent).toContain('（七）总计·总计');
    expect(el.querySelector('.count-error strong')?.textContent).toBe('1');
    expect(el.textContent).toContain('2019版');
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('.where q')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('copies exactly the summary text', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const el = show(<ResultView result={result()} />);
    const button = el.querySelector('button');
    expect(button?.textContent).toContain('复制审核摘要');
    await act(async () => {
      button?.click();
    });
    expect(writeText).toHaveBeenCalledWith('SUMMARY TEXT');
    expect(el.querySelector('.copy-state')?.textContent).toContain('已复制');
  });

  it('says when the page is no report, an old format, or table 三 was not read', () => {
    expect(show(<ResultView result={result({}, 'not-report')} />).textContent).toContain('此页面不是政府信息公开工作年度报告');
    expect(show(<ResultView result={result({}, 'old-format')} />).textContent).toContain('旧版格式，未审核');
    const r = result();
    r.reading.table3 = { ...r.reading.table3, found: false };
    expect(show(<ResultView result={r} />).textContent).toContain('表三未能读取');
  });
});
