// A cheap "is this page a 年度报告?" test, run on every page before the real extraction.
import { ELEMENT_NODE, TEXT_NODE, isSkippedTag, tagOf } from './dom';

const SCAN_CHARS = 20_000;
const REPORT_WORD = /年度报告|年报/;
const DISCLOSURE_WORD = /政府信息公开|政务公开/;

function matches(text: string): boolean {
  const compact = text.replace(/\s+/g, '');
  return REPORT_WORD.test(compact) && DISCLOSURE_WORD.test(compact);
}

/**
 * The first `limit` characters of text under `root`, in document order, stopping as soon as there
 * are enough. Walks by sibling links so a huge page costs no more than the text it reads.
 */
function leadingText(root: Node, limit: number): string {
  const parts: string[] = [];
  let length = 0;
  let node: Node | null = root.firstChild;
  while (node && length < limit) {
    let descend = false;
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      parts.push(value);
      length += value.length;
    } else if (node.nodeType === ELEMENT_NODE) {
      descend = !isSkippedTag(tagOf(node as Element)) && node.firstChild !== null;
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return parts.join('').slice(0, limit);
}

/**
 * Whether the page looks like a government information-disclosure annual report: the title and
 * the first ~20k characters of body text mention 年度报告/年报 together with 政府信息公开/政务公开.
 * Reads at most ~20k characters of text, so it costs next to nothing on ordinary pages.
 */
export function looksLikeReport(doc: Document): boolean {
  const title = doc.querySelector('title')?.textContent ?? '';
  if (matches(title)) return true;
  const root = doc.body ?? doc.documentElement;
  if (!root) return false;
  return matches(`${title}\n${leadingText(root, SCAN_CHARS)}`);
}
