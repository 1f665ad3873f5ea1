// Reading table 二 by block, row and column, with the names messages use ("（一）规章·本年制发件数").
import { nfkc } from '../../nfkc';
import type { Cell, Report, Row, Table2 } from '../../schema';
import { T2_BLOCKS, type T2BlockDef, type TemplateVersion } from '../../report/templates';
import { memo } from '../../narrative/memo';
import type { Bilingual } from '../define';
import { CellTerm, type Term } from './relation';

type Table2Block = Table2['blocks'][number];

export type T2ColumnKind = 'count' | 'amount' | 'delta';

export interface T2Cell {
  /** 第二十条第（一）项 … */
  item: string;
  rowId: string;
  column: number;
  /** The template's header of the column (the page's when the block is not in the template). */
  header: string;
  kind: T2ColumnKind;
  term: Term;
}

const ROW_EN: Record<string, string> = {
  rules: 'regulations', normative: 'normative documents', licensing: 'licensing', otherServices: 'other services',
  penalty: 'penalties', coercion: 'enforcement measures', fees: 'fees', procurement: 'central procurement',
};

const squash = (text: string) => nfkc(text).replace(/\s+/g, '');

export const hasTable2 = (report: Report): boolean =>
  report.table2 !== null && report.table2.blocks.some((block) => block.rows.length > 0);

/** The template table 二 follows: the report's, else the one whose (九) block it has or lacks. */
export function t2Version(report: Report): TemplateVersion {
  if (report.template) return report.template;
  return report.table2?.blocks.some((b) => b.item.includes('（九）')) ? '2019' : '2021';
}

export function t2BlockDef(report: Report, item: string): T2BlockDef | undefined {
  return T2_BLOCKS[t2Version(report)].find((def) => def.item === item);
}

/** "（一）" from 第二十条第（一）项. */
export const itemShort = (item: string): string => /（[^）]+）/.exec(item)?.[0] ?? item;

export function columnKind(header: string): T2ColumnKind {
  const key = squash(header);
  if (/金额/.test(key)) return 'amount';
  if (/增\/?减/.test(key)) return 'delta';
  return 'count';
}

/** A table 二 cell as a term, named by its block, row and column. */
class T2Term extends CellTerm {
  constructor(cell: Cell | undefined, private readonly short: string, private readonly row: Row, private readonly header: string) {
    super(cell);
  }

  protected writeName(): Bilingual {
    return {
      zh: `${this.short}${this.row.label}·${this.header}`,
      en: `${this.short} ${ROW_EN[this.row.id] ?? this.row.id} (${this.header})`,
    };
  }
}

/** The header and kind of each column of a block: the same for all its rows, so read once. */
function blockColumns(def: T2BlockDef | undefined, block: Table2Block, width: number): { header: string; kind: T2ColumnKind }[] {
  const out: { header: string; kind: T2ColumnKind }[] = [];
  for (let column = 0; column < width; column++) {
    const header = def?.headers[column] ?? block.headers[column] ?? `第${column + 1}列`;
    out.push({ header, kind: columnKind(header) });
  }
  return out;
}

function readCells(report: Report): T2Cell[] {
  const out: T2Cell[] = [];
  for (const block of report.table2?.blocks ?? []) {
    const def = t2BlockDef(report, block.item);
    const short = itemShort(block.item);
    const columns = blockColumns(def, block, Math.max(0, ...block.rows.map((row) => row.cells.length)));
    for (const row of block.rows) {
      row.cells.forEach((cell, column) => {
        const { header, kind } = columns[column]!;
        out.push({ item: block.item, rowId: row.id, column, header, kind, term: new T2Term(cell, short, row, header) });
      });
    }
  }
  return out;
}

/** Every cell of table 二 with its block, row and column (read once per audit: most table 二 rules need them). */
export function t2Cells(report: Report): T2Cell[] {
  return memo(report, readCells);
}

const squashedHeaders = (cells: T2Cell[]): string[] => cells.map((c) => squash(c.header));

/** The cell of row `rowId` under the column whose header contains `header`, in block `numeral` (一, 五…). */
export function t2Term(report: Report, numeral: string, rowId: string, header: string): Term | null {
  const cells = t2Cells(report);
  // Squashed once per audit, not once per lookup and cell.
  const squashed = memo(cells, squashedHeaders);
  const item = `第二十条第（${numeral}）项`;
  const wanted = squash(header);
  const at = cells.findIndex((c, i) => c.item === item && c.rowId === rowId && squashed[i]!.includes(wanted));
  return at === -1 ? null : cells[at]!.term;
}

/** Rows of one block, each with its cells by column. */
export function t2Rows(report: Report, numeral: string): { rowId: string; cells: T2Cell[] }[] {
  const cells = t2Cells(report).filter((c) => c.item === `第二十条第（${numeral}）项`);
  const ids = [...new Set(cells.map((c) => c.rowId))];
  return ids.map((rowId) => ({ rowId, cells: cells.filter((c) => c.rowId === rowId) }));
}

export type { Cell };
