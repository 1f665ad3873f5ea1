// The one pass over the page: text blocks and data tables in document order.
import type { SnapshotItem } from '../schema/snapshot';
import { SNAPSHOT_LIMITS } from '../schema/limits';
import {
  CDATA_SECTION_NODE, ELEMENT_NODE, TEXT_NODE, TypeCounter, isBlockTag, isEmptyLeafTag, isHidden,
  collectText, isPreformatted, isSkippedTag, joinPath, pathStep, pathStepsOf, tagOf,
} from './dom';
import { CssPath } from './css-path';
import { normalizeLine, normalizeText } from './normalize';
import { cellText, isDataTable, readTable } from './table';

const RAW_BUFFER_CAP = SNAPSHOT_LIMITS.maxTextLength * 4;
/** Stop before the JSON form of the snapshot nears the transport cap (estimated, not serialised). */
const BYTE_BUDGET = Math.floor(SNAPSHOT_LIMITS.maxJsonBytes * 0.9);

interface BlockFrame {
  tag: string;
  /** Number of path steps (from the root) that lead to this block. */
  depth: number;
  emitted: boolean;
  hasChildBlock: boolean;
  /** Whether the element has any child node at all (a bare `<div></div>` is a spacer, not a blank cell). */
  hasChildren: boolean;
}

/** Stack marker: leave the current element (a block or not). */
const EXIT_BLOCK = -1;
const EXIT_INLINE = -2;

export interface WalkResult {
  items: SnapshotItem[];
  truncated: boolean;
}

class Walker {
  readonly items: SnapshotItem[] = [];
  truncated = false;
  private stopped = false;
  private tables = 0;
  private bytes = 0;
  private readonly path = new CssPath();
  private readonly blocks: BlockFrame[] = [];
  private buffer: string[] = [];
  private bufferLength = 0;
  // The work stack as parallel arrays (no object per node): a node with its tag and :nth-of-type
  // index, or an exit marker (node null, index EXIT_BLOCK / EXIT_INLINE).
  private readonly stackNodes: (Node | null)[] = [];
  private readonly stackTags: string[] = [];
  private readonly stackIndexes: number[] = [];
  private readonly typeCounter = new TypeCounter();

  walk(root: Element): void {
    const rootSteps = pathStepsOf(root);
    for (const step of rootSteps.slice(0, -1)) this.path.pushStep(step);
    this.enterRoot(root, rootSteps[rootSteps.length - 1] ?? 'html');
    while (this.stackNodes.length > 0 && !this.stopped) {
      const node = this.stackNodes.pop() as Node | null;
      const tag = this.stackTags.pop() as string;
      const index = this.stackIndexes.pop() as number;
      if (node === null) this.exit(index === EXIT_BLOCK);
      else if (node.nodeType === ELEMENT_NODE) this.enterElement(node as Element, tag, index);
      else this.append(node.nodeValue ?? '');
    }
    if (!this.stopped) this.flush();
  }

  /** The root's step is known as a string (computed from its ancestors), not as tag + index. */
  private enterRoot(root: Element, step: string): void {
    const tag = tagOf(root);
    if (isSkippedTag(tag) || isHidden(root) || tag === 'br') return;
    this.path.pushStep(step);
    this.enterPushed(root, tag);
  }

  private enterElement(element: Element, tag: string, indexOfType: number): void {
    if (isSkippedTag(tag) || isHidden(element)) return;
    if (tag === 'br') {
      this.flush();
      return;
    }
    this.path.push(tag, indexOfType);
    this.enterPushed(element, tag);
  }

  /** The element's step is on the path: read it as a table, as preformatted text, or walk into it. */
  private enterPushed(element: Element, tag: string): void {
    if (tag === 'table' && isDataTable(element)) {
      this.startChildBlock();
      this.emitTable(element);
      this.path.pop();
      return;
    }
    if (isPreformatted(element, tag)) {
      this.startChildBlock();
      this.emitPreLines(element);
      this.path.pop();
      return;
    }
    const block = isBlockTag(tag);
    const first = element.firstChild;
    if (block) {
      this.startChildBlock();
      this.blocks.push({ tag, depth: this.path.length, emitted: false, hasChildBlock: false, hasChildren: first !== null });
      // The commonest block, <p>text</p> or <td>text</td>: its text and its exit at once, as the
      // stack would do them, without the stack.
      if (first !== null && first.nextSibling === null && (first.nodeType === TEXT_NODE || first.nodeType === CDATA_SECTION_NODE)) {
        this.append(first.nodeValue ?? '');
        this.exit(true);
        return;
      }
    }
    this.pushWork(null, '', block ? EXIT_BLOCK : EXIT_INLINE);
    this.pushChildren(element);
  }

  private pushWork(node: Node | null, tag: string, index: number): void {
    this.stackNodes.push(node);
    this.stackTags.push(tag);
    this.stackIndexes.push(index);
  }

  /** Pushes the element and text children (last first, so the first is walked first), numbering elements by type. */
  private pushChildren(element: Element): void {
    const base = this.stackNodes.length;
    this.typeCounter.reset();
    for (let node = element.firstChild; node !== null; node = node.nextSibling) {
      const type = node.nodeType;
      if (type === ELEMENT_NODE) {
        const tag = tagOf(node as Element);
        this.pushWork(node, tag, this.typeCounter.next(tag));
      } else if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
        this.pushWork(node, '', 0);
      }
    }
    // Reverse the pushed run in place.
    for (let i = base, j = this.stackNodes.length - 1; i < j; i += 1, j -= 1) {
      swap(this.stackNodes, i, j);
      swap(this.stackTags, i, j);
      swap(this.stackIndexes, i, j);
    }
  }

  private exit(block: boolean): void {
    if (block) {
      this.flush();
      const frame = this.blocks[this.blocks.length - 1];
      if (frame && !frame.emitted && !frame.hasChildBlock && isEmptyLeafTag(frame.tag) && (frame.tag !== 'div' || frame.hasChildren)) {
        this.emitText('', frame);
      }
      this.blocks.pop();
    }
    this.path.pop();
  }

  /** A block starts inside the current one: text so far belongs to the enclosing block. */
  private startChildBlock(): void {
    this.flush();
    const parent = this.blocks[this.blocks.length - 1];
    if (parent) parent.hasChildBlock = true;
  }

  private append(text: string): void {
    if (this.bufferLength >= RAW_BUFFER_CAP || text === '') return;
    this.buffer.push(text);
    this.bufferLength += text.length;
  }

  private flush(): void {
    if (this.bufferLength === 0) return;
    const text = normalizeText(this.buffer.length === 1 ? (this.buffer[0] as string) : this.buffer.join(''));
    this.buffer = [];
    this.bufferLength = 0;
    const frame = this.blocks[this.blocks.length - 1];
    if (text !== '' && frame) this.emitText(text, frame);
  }

  private emitText(text: string, frame: BlockFrame): void {
    frame.emitted = true;
    this.push({ type: 'text', text, selector: this.path.selector(frame.depth), tag: frame.tag }, text.length * 3 + 60);
  }

  private emitPreLines(element: Element): void {
    const selector = this.path.selector();
    const lines = preText(element).split(/\r\n|\r|\n/);
    // The parser drops a newline right after <pre>; a trailing newline ends the last line.
    if (lines.length > 1 && lines[0]?.trim() === '') lines.shift();
    if (lines.length > 1 && lines[lines.length - 1]?.trim() === '') lines.pop();
    for (const line of lines) {
      if (this.stopped) return;
      const text = normalizeLine(line);
      this.push({ type: 'text', text, selector, tag: 'pre' }, text.length * 3 + selector.length + 40);
    }
  }

  private emitTable(element: Element): void {
    if (this.tables >= SNAPSHOT_LIMITS.maxTables) {
      this.stop();
      return;
    }
    this.tables += 1;
    const steps = this.path.steps();
    const caption = captionOf(element);
    if (caption) {
      const text = cellText(caption);
      const selector = joinPath([...steps, pathStep('caption', 1)]);
      if (text) this.push({ type: 'text', text, selector, tag: 'caption' }, text.length * 3 + selector.length + 40);
    }
    const { cells, grid, truncated } = readTable(element, steps);
    const width = grid[0]?.length ?? 0;
    let size = grid.length * width * 3 + 60;
    for (const cell of cells) size += cell.text.length * 3 + cell.selector.length + 50;
    this.push({ type: 'table', selector: this.path.selector(), cells, grid }, size);
    if (truncated) this.stop();
  }

  private push(item: SnapshotItem, size: number): void {
    if (this.stopped) return;
    if (this.items.length >= SNAPSHOT_LIMITS.maxItems || this.bytes + size > BYTE_BUDGET) {
      this.stop();
      return;
    }
    this.bytes += size;
    this.items.push(item);
  }

  private stop(): void {
    this.stopped = true;
    this.truncated = true;
  }
}

function swap<T>(array: T[], i: number, j: number): void {
  const held = array[i] as T;
  array[i] = array[j] as T;
  array[j] = held;
}

function captionOf(table: Element): Element | null {
  for (const child of Array.from(table.childNodes)) {
    if (child.nodeType === ELEMENT_NODE && tagOf(child as Element) === 'caption') return child as Element;
  }
  return null;
}

/** Raw text of a preformatted element, `<br>` as a newline, skipped and hidden parts left out. */
function preText(element: Element): string {
  return collectText(element, '\n', RAW_BUFFER_CAP * 4);
}

/** Walks `root` (normally the body) and returns its text blocks and data tables in reading order. */
export function walkPage(root: Element): WalkResult {
  const walker = new Walker();
  walker.walk(root);
  return { items: walker.items, truncated: walker.truncated };
}
