// The walk's current CSS path, kept as tags and :nth-of-type indexes. Step strings and joined
// selectors are built only when a selector is asked for (most elements never need one), and the
// joined prefix of each depth is remembered, so a selector costs one concatenation, not a join.
import { MAX_SELECTOR, pathStep } from './dom';

export class CssPath {
  private readonly tags: string[] = [];
  private readonly indexes: number[] = [];
  /** Step strings given ready-made (the root's ancestors) or built on demand. */
  private readonly stepCache: (string | undefined)[] = [];
  /** joinPath of the steps up to and including this depth, once built. */
  private readonly joined: (string | undefined)[] = [];
  /** Whether `joined` at this depth left steps out (the cap was reached): deeper paths add nothing. */
  private readonly capped: boolean[] = [];

  get length(): number {
    return this.tags.length;
  }

  push(tag: string, indexOfType: number): void {
    this.tags.push(tag);
    this.indexes.push(indexOfType);
    this.stepCache.push(undefined);
    this.joined.push(undefined);
    this.capped.push(false);
  }

  /** A step whose string is known already (the ancestors of the walk's root). */
  pushStep(step: string): void {
    this.push('', 0);
    this.stepCache[this.stepCache.length - 1] = step;
  }

  pop(): void {
    this.tags.pop();
    this.indexes.pop();
    this.stepCache.pop();
    this.joined.pop();
    this.capped.pop();
  }

  step(depth: number): string {
    const known = this.stepCache[depth];
    if (known !== undefined) return known;
    const step = pathStep(this.tags[depth] as string, this.indexes[depth] as number);
    this.stepCache[depth] = step;
    return step;
  }

  /** The steps of the first `count` levels (for readers that extend the path themselves). */
  steps(count: number = this.length): string[] {
    const out: string[] = [];
    for (let depth = 0; depth < count; depth += 1) out.push(this.step(depth));
    return out;
  }

  /**
   * Same as `joinPath(steps(count))`: the deepest prefix that fits MAX_SELECTOR (at least the first
   * step, cut to the cap).
   */
  selector(count: number = this.length): string {
    if (count <= 0) return '';
    // Iterative (a hostile page may nest thousands deep): from the deepest prefix already built.
    let depth = count - 1;
    while (depth > 0 && this.joined[depth - 1] === undefined) depth -= 1;
    for (; depth < count; depth += 1) {
      if (this.joined[depth] !== undefined) continue;
      const step = this.step(depth);
      if (depth === 0) {
        this.joined[0] = step.slice(0, MAX_SELECTOR);
        this.capped[0] = step.length > MAX_SELECTOR;
        continue;
      }
      const parent = this.joined[depth - 1] as string;
      const capped = (this.capped[depth - 1] as boolean) || parent.length + 1 + step.length > MAX_SELECTOR;
      this.joined[depth] = capped ? parent : `${parent}>${step}`;
      this.capped[depth] = capped;
    }
    return this.joined[count - 1] as string;
  }
}
