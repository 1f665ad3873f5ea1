// DOM helpers that work the same in browsers, happy-dom and linkedom: only nodeType numbers,
// localName, getAttribute and childNodes. No DOM globals (lib/ also runs in Node).

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;

/** Never rendered as page text. */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'head', 'title', 'meta', 'link',
  'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'select', 'option', 'datalist',
  'button', 'input', 'textarea', 'img', 'map', 'xml',
]);

/** Elements that start and end a text block (each block becomes one snapshot item). */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'p',
  'plaintext', 'pre', 'section', 'summary', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr',
  'td', 'th', 'ul', 'xmp', 'legend', 'html',
]);

/**
 * Blocks that are kept as an empty item when they hold no text: in tables drawn one cell per
 * `<p>`, an empty `<p>` is a blank cell. Wrappers (div around other blocks) never qualify, because
 * only leaves (no block inside) do.
 */
const EMPTY_LEAVES = new Set(['p', 'div', 'li', 'td', 'th']);

/**
 * Lower-case tag name as the HTML parser of a browser sees it. Word's `<o:p>` is one unknown
 * inline element named "o:p" in browsers and linkedom; happy-dom splits it into prefix "o" and
 * local name "p", which must not be mistaken for a paragraph.
 */
export function tagOf(element: Element): string {
  const name = element.tagName || '';
  const known = TAGS.get(name);
  if (known !== undefined) return known;
  const tag = name.includes(':') ? name.toLowerCase() : (element.localName || name).toLowerCase();
  // Without a prefix, tagName and localName differ only in case, so the tag name decides the answer.
  if (name !== '' && TAGS.size < MAX_TAGS_REMEMBERED) TAGS.set(name, tag);
  return tag;
}

/** tagName → tagOf, bounded: a hostile page could invent any number of tag names. */
const TAGS = new Map<string, string>();
const MAX_TAGS_REMEMBERED = 500;

export function isSkippedTag(tag: string): boolean {
  return SKIPPED.has(tag);
}

export function isBlockTag(tag: string): boolean {
  return BLOCKS.has(tag);
}

export function isEmptyLeafTag(tag: string): boolean {
  return EMPTY_LEAVES.has(tag);
}

const DISPLAY_NONE = /(?:^|;)\s*display\s*:\s*none\b/i;
const WHITE_SPACE_PRE = /(?:^|;)\s*white-space\s*:\s*pre(?:-wrap|-line)?\b/i;

/** Hidden by markup alone: the `hidden` attribute or an inline `display:none` (no layout, no CSSOM). */
export function isHidden(element: Element): boolean {
  if (!element.hasAttributes()) return false; // most cells and paragraphs: one cheap call
  if (element.hasAttribute('hidden')) return true;
  const style = element.getAttribute('style');
  return style !== null && DISPLAY_NONE.test(style);
}

/** Preformatted text: `<pre>` (and its old synonyms) or an inline `white-space: pre…` style. */
export function isPreformatted(element: Element, tag: string): boolean {
  if (tag === 'pre' || tag === 'xmp' || tag === 'listing' || tag === 'plaintext') return true;
  if (!element.hasAttributes()) return false;
  const style = element.getAttribute('style');
  return style !== null && WHITE_SPACE_PRE.test(style);
}

/** A tag name as a CSS type selector (`o:p` needs its colon escaped). */
export function cssTypeSelector(tag: string): string {
  return /^[a-z][a-z0-9-]*$/.test(tag) ? tag : tag.replace(/[^a-z0-9-]/g, (ch) => `\\${ch}`);
}

/** pathStep strings by tag and index, for the common small indexes (bounded like TAGS). */
const STEPS = new Map<string, string[]>();
const MAX_STEP_INDEX_REMEMBERED = 64;

/** One step of a CSS path: `p:nth-of-type(3)`; `html`, `head` and `body` are unique and need no index. */
export function pathStep(tag: string, indexOfType: number): string {
  let byIndex = STEPS.get(tag);
  if (byIndex === undefined && STEPS.size < MAX_TAGS_REMEMBERED) STEPS.set(tag, (byIndex = []));
  const known = byIndex?.[indexOfType];
  if (known !== undefined) return known;
  const type = cssTypeSelector(tag);
  const step = tag === 'html' || tag === 'body' || tag === 'head' ? type : `${type}:nth-of-type(${indexOfType})`;
  if (byIndex && indexOfType >= 0 && indexOfType < MAX_STEP_INDEX_REMEMBERED) byIndex[indexOfType] = step;
  return step;
}

export const MAX_SELECTOR = 2000;

/** Joins path steps; a path too long for the schema is cut to the deepest ancestor that fits. */
export function joinPath(steps: readonly string[]): string {
  let length = -1;
  let count = 0;
  // One pass: keep steps while the joined length (with '>' separators) stays within the cap.
  while (count < steps.length && length + 1 + (steps[count] as string).length <= MAX_SELECTOR) {
    length += 1 + (steps[count] as string).length;
    count += 1;
  }
  return steps.slice(0, Math.max(count, 1)).join('>').slice(0, MAX_SELECTOR);
}

/**
 * Counts element children by type while iterating siblings, to give each its `:nth-of-type`
 * index in the same pass.
 */
export class TypeCounter {
  private readonly counts = new Map<string, number>();

  /** Starts counting another element's children (the walk reuses one counter). */
  reset(): void {
    this.counts.clear();
  }

  next(tag: string): number {
    const count = (this.counts.get(tag) ?? 0) + 1;
    this.counts.set(tag, count);
    return count;
  }
}

/** The steps of the CSS path from the root to `element` (slow path: for callers outside the walk). */
export function pathStepsOf(element: Element): string[] {
  const steps: string[] = [];
  let current: Element | null = element;
  while (current) {
    const tag = tagOf(current);
    const parent: Node | null = current.parentNode;
    let index = 0;
    if (parent) {
      for (const sibling of Array.from(parent.childNodes)) {
        if (sibling.nodeType === ELEMENT_NODE && tagOf(sibling as Element) === tag) index += 1;
        if (sibling === current) break;
      }
    }
    steps.push(pathStep(tag, index || 1));
    current = parent && parent.nodeType === ELEMENT_NODE ? (parent as Element) : null;
  }
  return steps.reverse();
}

/** CSS path from the root to `element`, valid for `document.querySelector`. */
export function cssPathOf(element: Element): string {
  return joinPath(pathStepsOf(element));
}

/**
 * The raw text under `root` in document order, skipped and hidden parts left out, `<br>` and block
 * boundaries written as `separator` (a space inside a cell, a newline in preformatted text).
 */
export function collectText(root: Element, separator: string, cap: number): string {
  // Most cells hold one text node: no walk, no parts.
  const only = root.firstChild;
  if (only !== null && only === root.lastChild && (only.nodeType === TEXT_NODE || only.nodeType === CDATA_SECTION_NODE)) {
    return only.nodeValue ?? '';
  }
  const parts: string[] = [];
  let length = 0;
  // Depth-first by firstChild / nextSibling / parentNode: no child lists, no stack.
  let node: Node | null = root.firstChild;
  while (node !== null && length < cap) {
    let descend = false;
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      const value = node.nodeValue ?? '';
      parts.push(value);
      length += value.length;
    } else if (node.nodeType === ELEMENT_NODE) {
      const element = node as Element;
      const tag = tagOf(element);
      if (!isSkippedTag(tag) && !isHidden(element)) {
        if (tag === 'br' || isBlockTag(tag)) parts.push(separator);
        descend = true;
      }
    }
    if (descend && node.firstChild !== null) {
      node = node.firstChild;
      continue;
    }
    while (node !== null && node !== root && node.nextSibling === null) node = node.parentNode;
    node = node === null || node === root ? null : node.nextSibling;
  }
  return parts.join('');
}
