// Sets of stream rows (rows the tables consumed, rows to leave out of the prose) as flags: on long
// pages cheaper to fill and to test than a Set of row numbers.
import type { Token } from './stream';

/** What the readers ask of a set of rows (a Set<number> is one). */
export interface RowFilter {
  has(row: number): boolean;
}

export class RowMarks implements RowFilter {
  // A plain array, not a Uint8Array: a typed array's backing store costs more to allocate than these few hundred flags.
  private marks: number[];

  constructor(rowCount: number) {
    this.marks = new Array<number>(rowCount).fill(0);
  }

  has(row: number): boolean {
    return this.marks[row] === 1;
  }

  /** Marks the rows of the tokens from…to (end excluded). */
  addTokenRows(tokens: readonly Token[], from: number, to: number): void {
    for (let k = from; k < to; k++) this.marks[tokens[k]!.row] = 1;
  }

  addAll(rows: Iterable<number> | undefined): this {
    if (rows) for (const row of rows) this.marks[row] = 1;
    return this;
  }

  /** A copy to add more rows to, leaving this set as it is. */
  copy(): RowMarks {
    const copy = new RowMarks(0);
    copy.marks = this.marks.slice();
    return copy;
  }
}
