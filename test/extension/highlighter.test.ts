// Outlines live in one shadow root on a host we add; the page's own nodes are never touched.
import { afterEach, describe, expect, it } from 'vitest';
import { createHighlighter, HOST_TAG, isPageMessage } from '../../lib/extension/highlighter';
import type { HighlightTarget } from '../../lib/extension/protocol';

const PAGE = '<table><tr><td id="a">（七）总计</td><td id="b">4</td></tr></table><p id="s">本年未收到申请。</p>';

function target(selector: string, snippet: string, severity: HighlightTarget['severity'] = 'error'): HighlightTarget {
  return { selector, snippet, label: 'T3-02 表三总计', severity };
}

afterEach(() => {
  document.body.innerHTML = '';
  document.querySelectorAll(HOST_TAG).forEach((el) => el.remove());
});

describe('isPageMessage', () => {
  it('accepts the two message shapes and nothing else', () => {
    expect(isPageMessage({ type: 'clear-highlight' })).toBe(true);
    expect(isPageMessage({ type: 'highlight', scroll: true, targets: [target('#b', '4')] })).toBe(true);
    expect(isPageMessage({ type: 'highlight', scroll: true, targets: [{ ...target('#b', '4'), severity: 'fatal' }] })).toBe(false);
    expect(isPageMessage({ type: 'highlight', scroll: 'yes', targets: [] })).toBe(false);
    expect(isPageMessage({ type: 'highlight', scroll: true, targets: [target('x'.repeat(2001), '')] })).toBe(false);
    expect(isPageMessage({ type: 'highlight', scroll: true, targets: Array.from({ length: 501 }, () => target('#b', '4')) })).toBe(false);
    expect(isPageMessage({ type: 'eval', code: '1' })).toBe(false);
    expect(isPageMessage(null)).toBe(false);
  });
});

describe('createHighlighter', () => {
  it('outlines the elements whose text still matches, one box per element, and counts the rest', () => {
    document.body.innerHTML = PAGE;
    const body = document.body.innerHTML;
    const before = document.documentElement.outerHTML;
    const h = createHighlighter(document);
    const reply = h.show(
      [target('#b', '4'), target('#b', '4', 'warning'), target('#s', '未收到申请'), target('#a', '不同的文字'), target('td[', 'x'), target('#none', '')],
      false,
    );
    expect(reply).toEqual({ found: 2, missing: 3 });
    const host = document.querySelector(HOST_TAG);
    expect(host?.parentElement).toBe(document.documentElement);
    const boxes = host?.shadowRoot?.querySelectorAll('[data-box]') ?? [];
    expect(boxes).toHaveLength(2);
    expect(boxes[0]?.textContent).toBe('T3-02 表三总计');
    // The page's own body is untouched; clearing removes everything we added.
    expect(document.body.innerHTML).toBe(body);
    h.clear();
    expect(document.querySelector(HOST_TAG)).toBeNull();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('replaces earlier outlines and adds nothing when no target is found', () => {
    document.body.innerHTML = PAGE;
    const h = createHighlighter(document);
    h.show([target('#b', '4')], false);
    expect(h.show([target('#a', '别的')], false)).toEqual({ found: 0, missing: 1 });
    expect(document.querySelector(HOST_TAG)).toBeNull();
  });
});

describe('labels', () => {
  it('labels only the boxes of targets that carry a label', () => {
    document.body.innerHTML = PAGE;
    const h = createHighlighter(document);
    h.show([target('#a', '总计'), { ...target('#b', '4'), label: '' }], false);
    const boxes = [...(document.querySelector(HOST_TAG)?.shadowRoot?.querySelectorAll('[data-box]') ?? [])];
    expect(boxes.map((b) => b.textContent)).toEqual(['T3-02 表三总计', '']);
    h.clear();
  });
});
