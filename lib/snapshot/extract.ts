// The one pass over the page: text blocks and data tables in document order.
import type { SnapshotItem } from '../schema/snapshot';
import { SNAPSHOT_LIMITS } from '../schema/limits';
import {
  CDATA_SECTION_NODE, ELEMENT_NODE, TEXT_NODE, TypeCounter, isBlockTag, isEmptyLeafTag, isHidden,
  collectText, isPreformatted, isSkippedTag, joinPath, pathStep, pathStepsOf, tagOf,
} from './dom';
import { normalizeLine, normalizeText } from './normalize';
import { cellText, isDataTable, readTable } from './table';

const RAW_BUFFER_CAP = SNAPSHOT_LIMITS.maxTextLength * 4;
/** Stop before the JSON form of the snapshot nears the transport cap (estimated, not serialised). */
const BYTE_BUDGET = Math.floor(SNAPSHOT_LIMITS.maxJsonBytes * 0.9);

interface BlockFrame {
  tag: string;
  /** Number of path steps (from the root) that lead to this block. */
  depth: number;
  selector: string | null;
  emitted: boolean;
  hasChildBlock: boolean;
  /** Whether the element has any child node at all (a bare `<div></div>` is a spacer, not a blank cell). */
  hasChildren: boolean;
}

type Work = { node: Node; step: string } | { exitBlock: boolean };

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
  private readonly path: string[] = [];
  private readonly blocks: BlockFrame[] = [];
  private buffer: string[] = [];
  private bufferLength = 0;

  walk(root: Element): void {
    const rootSteps = pathStepsOf(root);
    this.path.push(...rootSteps.slice(0, -1));
    const work: Work[] = [{ node: root, step: rootSteps[rootSteps.length - 1] ?? 'html' }];
    while (work.length > 0 && !this.stopped) {
      const next = work.pop() as Work;
      if ('exitBlock' in next) this.exit(next.exitBlock);
      else this.enter(next.node, next.step, work);
    }
    if (!this.stopped) this.flush();
  }

  private enter(node: Node, step: string, work: Work[]): void {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      this.append(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    const tag = tagOf(element);
    if (isSkippedTag(tag) || isHidden(element)) return;
    if (tag === 'br') {
      this.flush();
      return;
    }
    this.path.push(step);
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
    if (block) {
      this.startChildBlock();
      this.blocks.push({
        tag, depth: this.path.length, selector: null, emitted: false, hasChildBlock: false,
        hasChildren: element.firstChild !== null,
      });
    }
    work.push({ exitBlock: block });
    const children = childrenWithSteps(element);
    for (let i = children.length - 1; i >= 0; i -= 1) work.push(children[i] as Work);
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
    const text = normalizeText(this.buffer.join(''));
    this.buffer = [];
    this.bufferLength = 0;
    const frame = this.blocks[this.blocks.length - 1];
    if (text !== '' && frame) this.emitText(text, frame);
  }

  private selectorOf(frame: BlockFrame): string {
    frame.selector ??= joinPath(this.path.slice(0, frame.depth));
    return frame.selector;
  }

  private emitText(text: string, frame: BlockFrame): void {
    frame.emitted = true;
    this.push({ type: 'text', text, selector: this.selectorOf(frame), tag: frame.tag }, text.length * 3 + 60);
  }

  private emitPreLines(element: Element): void {
    const selector = joinPath(this.path);
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
    const steps = [...this.path];
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
    this.push({ type: 'table', selector: joinPath(steps), cells, grid }, size);
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

function childrenWithSteps(element: Element): Work[] {
  const children: Work[] = [];
  const counter = new TypeCounter();
  const nodes = element.childNodes;
  for (let i = 0; i < nodes.length; i += 1) {
    const node = nodes[i] as Node;
    if (node.nodeType === ELEMENT_NODE) {
      const tag = tagOf(node as Element);
      children.push({ node, step: pathStep(tag, counter.next(tag)) });
    } else if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      children.push({ node, step: '' });
    }
  }
  return children;
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
