// A small read-only DOM for the CLI, built straight from htmlparser2's events. The extractor reads
// pages through a handful of DOM members (nodeType, firstChild, nextSibling, getAttribute…), and a
// full DOM such as linkedom spends most of the CLI's time building what those never touch (event
// targets, live attribute nodes): this tree is several times cheaper to build. The tree's shape is
// the one linkedom builds from the same parser events; names are lower case as in a browser.
import { Parser } from 'htmlparser2';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const COMMENT_NODE = 8;
const DOCUMENT_NODE = 9;

abstract class LightNode {
  abstract readonly nodeType: number;
  parentNode: LightParent | null = null;
  nextSibling: LightNode | null = null;
  previousSibling: LightNode | null = null;
}

class LightCharacterData extends LightNode {
  constructor(
    readonly nodeType: number,
    readonly nodeValue: string,
  ) {
    super();
  }

  get textContent(): string {
    return this.nodeValue;
  }
}

abstract class LightParent extends LightNode {
  readonly childNodes: LightNode[] = [];
  firstChild: LightNode | null = null;
  lastChild: LightNode | null = null;

  append(node: LightNode): void {
    node.parentNode = this;
    node.previousSibling = this.lastChild;
    if (this.lastChild) this.lastChild.nextSibling = node;
    else this.firstChild = node;
    this.lastChild = node;
    this.childNodes.push(node);
  }

  /** Descendant elements named `tag`, in document order. */
  getElementsByTagName(tag: string): LightElement[] {
    const name = tag.toLowerCase();
    const found: LightElement[] = [];
    forEachDescendant(this, (element) => {
      if (element.localName === name) found.push(element);
      return false;
    });
    return found;
  }

  /**
   * A bare tag name ("title", "table"), as the extractor asks, or a child path of the form the
   * extractor writes as locators ("html>body>table:nth-of-type(2)>tbody:nth-of-type(1)>tr:nth-of-type(3)").
   */
  querySelector(selector: string): LightElement | null {
    if (selector.includes('>')) return this.followPath(selector);
    const name = tagSelector(selector);
    let first: LightElement | null = null;
    forEachDescendant(this, (element) => {
      if (element.localName !== name) return false;
      first = element;
      return true;
    });
    return first;
  }

  querySelectorAll(selector: string): LightElement[] {
    return this.getElementsByTagName(tagSelector(selector));
  }

  private followPath(selector: string): LightElement | null {
    let found: LightParent | null = this;
    for (const step of selector.split('>')) {
      const match = /^((?:[a-z0-9-]|\\.)+)(?::nth-of-type\((\d+)\))?$/.exec(step.trim());
      if (!match) throw new Error(`html-dom: unsupported selector ${JSON.stringify(selector)}`);
      const tag = (match[1] as string).replace(/\\(.)/g, '$1');
      let wanted = match[2] === undefined ? 1 : Number(match[2]);
      let next: LightElement | null = null;
      for (const child of found.childNodes) {
        if (child.nodeType !== ELEMENT_NODE || (child as LightElement).localName !== tag) continue;
        if (--wanted === 0) {
          next = child as LightElement;
          break;
        }
      }
      if (next === null) return null;
      found = next;
    }
    return found as LightElement;
  }

  get textContent(): string {
    const parts: string[] = [];
    forEachNode(this, (node) => {
      if (node.nodeType === TEXT_NODE) parts.push((node as LightCharacterData).nodeValue);
    });
    return parts.join('');
  }
}

export class LightElement extends LightParent {
  readonly nodeType = ELEMENT_NODE;
  readonly tagName: string;

  constructor(
    readonly localName: string,
    private readonly attributes: ReadonlyMap<string, string> | null,
  ) {
    super();
    this.tagName = localName.toUpperCase();
  }

  getAttribute(name: string): string | null {
    return this.attributes?.get(name.toLowerCase()) ?? null;
  }

  hasAttribute(name: string): boolean {
    return this.attributes?.has(name.toLowerCase()) ?? false;
  }

  hasAttributes(): boolean {
    return this.attributes !== null;
  }
}

export class LightDocument extends LightParent {
  readonly nodeType = DOCUMENT_NODE;

  get documentElement(): LightElement | null {
    for (const node of this.childNodes) if (node.nodeType === ELEMENT_NODE) return node as LightElement;
    return null;
  }

  /** The `<body>` child of the root element, as a browser has it; null when the markup has none. */
  get body(): LightElement | null {
    const root = this.documentElement;
    if (!root) return null;
    for (const node of root.childNodes) {
      if (node.nodeType === ELEMENT_NODE && (node as LightElement).localName === 'body') return node as LightElement;
    }
    return null;
  }

  get title(): string {
    return this.querySelector('title')?.textContent ?? '';
  }
}

function tagSelector(selector: string): string {
  const name = selector.trim().toLowerCase();
  if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`html-dom: unsupported selector ${JSON.stringify(selector)}`);
  return name;
}

/** Depth-first over the nodes below `root`, without recursion (pages may nest deeply). */
function forEachNode(root: LightParent, visit: (node: LightNode) => boolean | void): void {
  let node: LightNode | null = root.firstChild;
  while (node !== null) {
    if (visit(node) === true) return;
    if (node instanceof LightParent && node.firstChild !== null) {
      node = node.firstChild;
      continue;
    }
    while (node !== null && node !== root && node.nextSibling === null) node = node.parentNode;
    node = node === null || node === root ? null : node.nextSibling;
  }
}

function forEachDescendant(root: LightParent, visit: (element: LightElement) => boolean): void {
  forEachNode(root, (node) => node.nodeType === ELEMENT_NODE && visit(node as LightElement));
}

/** Parses HTML into a LightDocument, with the parser settings a browser-like reading needs. */
export function parseLightDocument(html: string): LightDocument {
  const document = new LightDocument();
  let current: LightParent = document;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const names = Object.keys(attributes);
        const element = new LightElement(name.toLowerCase(), names.length === 0 ? null : new Map(names.map((n) => [n, attributes[n] as string])));
        current.append(element);
        current = element;
      },
      onclosetag() {
        current = current.parentNode ?? document;
      },
      ontext(text) {
        current.append(new LightCharacterData(TEXT_NODE, text));
      },
      oncomment(data) {
        current.append(new LightCharacterData(COMMENT_NODE, data));
      },
    },
    // As linkedom reads HTML, except that attribute names are lower-cased as browsers do.
    { decodeEntities: true, xmlMode: false, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return document;
}
