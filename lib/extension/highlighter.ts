// On-page outlines for findings. Everything is drawn inside one shadow root on a host element we add
// to <html>: no global CSS, no change to the page's own elements, removed whole by `clear()`. Runs in
// the content script, so it stays small and imports no zod (messages are checked by `isPageMessage`).
import { normalizeText } from '../snapshot/normalize';
import { HIGHLIGHT_LIMITS, type HighlightReply, type HighlightTarget, type PageMessage } from './protocol';

const COLORS: Record<HighlightTarget['severity'], string> = { error: '#d93025', warning: '#b06000', info: '#5f6368' };
const RANK: Record<HighlightTarget['severity'], number> = { error: 0, warning: 1, info: 2 };
export const HOST_TAG = 'nianbao-highlights';

function isTarget(value: unknown): value is HighlightTarget {
  const t = value as Partial<HighlightTarget> | null;
  return (
    typeof t === 'object' && t !== null &&
    typeof t.selector === 'string' && t.selector.length > 0 && t.selector.length <= HIGHLIGHT_LIMITS.maxSelector &&
    typeof t.snippet === 'string' && t.snippet.length <= HIGHLIGHT_LIMITS.maxText &&
    typeof t.label === 'string' && t.label.length <= HIGHLIGHT_LIMITS.maxText &&
    (t.severity === 'error' || t.severity === 'warning' || t.severity === 'info') &&
    (t.frame === undefined || (typeof t.frame === 'string' && t.frame.length <= 20))
  );
}

/** The popup validates with zod before sending; this small check keeps zod out of the content script. */
export function isPageMessage(value: unknown): value is PageMessage {
  const m = value as { type?: unknown; targets?: unknown; scroll?: unknown } | null;
  if (typeof m !== 'object' || m === null) return false;
  if (m.type === 'clear-highlight') return true;
  return (
    m.type === 'highlight' && typeof m.scroll === 'boolean' && Array.isArray(m.targets) &&
    m.targets.length <= HIGHLIGHT_LIMITS.maxTargets && m.targets.every(isTarget)
  );
}

/** Compared the way the snapshot wrote the snippet (NFKC, spaces), with all spaces then dropped. */
const squash = (text: string) => normalizeText(text).replace(/\s+/g, '');

/** The element a target points at, if it is still there and still holds the text the audit saw. */
function find(doc: Document, target: HighlightTarget): Element | null {
  let el: Element | null = null;
  try {
    el = doc.querySelector(target.selector);
  } catch {
    return null; // not a valid selector: never trust it further
  }
  if (!el) return null;
  const want = squash(target.snippet.replace(/…$/, '')).slice(0, 40);
  return want === '' || squash(el.textContent ?? '').includes(want) ? el : null;
}

interface Mark {
  element: Element;
  labels: string[];
  severity: HighlightTarget['severity'];
}

function setStyles(el: HTMLElement, styles: Record<string, string>): void {
  // Inline styles through the CSSOM: not subject to the page's style-src CSP, and !important keeps
  // page rules that match our host (e.g. `* { … !important }`) from reaching it.
  for (const [name, value] of Object.entries(styles)) el.style.setProperty(name, value, 'important');
}

export interface Highlighter {
  show(targets: HighlightTarget[], scroll: boolean): HighlightReply;
  clear(): void;
}

export function createHighlighter(doc: Document): Highlighter {
  const view = doc.defaultView;
  let host: HTMLElement | null = null;
  let marks: Mark[] = [];

  const draw = () => {
    if (!host?.shadowRoot) return;
    const layer = host.shadowRoot;
    layer.replaceChildren();
    const dx = view?.scrollX ?? 0;
    const dy = view?.scrollY ?? 0;
    for (const mark of marks) {
      const rect = mark.element.getBoundingClientRect();
      const color = COLORS[mark.severity];
      const box = doc.createElement('div');
      box.setAttribute('data-box', '');
      setStyles(box, {
        position: 'absolute', left: `${rect.left + dx - 2}px`, top: `${rect.top + dy - 2}px`,
        width: `${rect.width + 4}px`, height: `${rect.height + 4}px`, 'box-sizing': 'border-box',
        border: `3px solid ${color}`, 'border-radius': '3px', 'pointer-events': 'none', margin: '0',
        background: 'transparent',
      });
      layer.append(box);
      if (mark.labels.length === 0) continue;
      const label = doc.createElement('div');
      label.textContent = mark.labels.slice(0, 3).join(' · ') + (mark.labels.length > 3 ? ` +${mark.labels.length - 3}` : '');
      setStyles(label, {
        position: 'absolute', left: '-3px', bottom: '100%', 'max-width': '360px', overflow: 'hidden',
        'white-space': 'nowrap', 'text-overflow': 'ellipsis', padding: '1px 6px', margin: '0',
        font: '12px/1.5 "Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif',
        color: '#fff', background: color, 'border-radius': '3px 3px 0 0', 'pointer-events': 'none',
      });
      box.append(label);
    }
  };

  const clear = () => {
    view?.removeEventListener('resize', draw);
    host?.remove();
    host = null;
    marks = [];
  };

  const show = (targets: HighlightTarget[], scroll: boolean): HighlightReply => {
    clear();
    const byElement = new Map<Element, Mark>();
    let missing = 0;
    for (const target of targets) {
      const element = find(doc, target);
      if (!element) {
        missing += 1;
        continue;
      }
      const mark = byElement.get(element) ?? { element, labels: [], severity: target.severity };
      if (target.label !== '' && !mark.labels.includes(target.label)) mark.labels.push(target.label);
      if (RANK[target.severity] < RANK[mark.severity]) mark.severity = target.severity;
      byElement.set(element, mark);
    }
    marks = [...byElement.values()];
    if (marks.length === 0) return { found: 0, missing };
    host = doc.createElement(HOST_TAG);
    setStyles(host, {
      all: 'initial', position: 'absolute', left: '0', top: '0', width: '0', height: '0',
      overflow: 'visible', 'z-index': '2147483647', 'pointer-events': 'none', display: 'block',
    });
    // Open, so that tests can see the outlines; it holds only our labels, nothing from the page.
    host.attachShadow({ mode: 'open' });
    doc.documentElement.append(host);
    if (scroll) marks[0]?.element.scrollIntoView({ block: 'center', inline: 'nearest' });
    draw();
    view?.addEventListener('resize', draw);
    return { found: marks.length, missing };
  };

  return { show, clear };
}
