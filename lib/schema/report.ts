import { z } from './zod';
import { LocatorSchema } from './locator';

/**
 * A table cell as the rules see it. A blank is unknown (not zero); `na` is "—", "/", "无" and the
 * like (summed as 0, but worth a hint); `unreadable` keeps its raw text for the reading report.
 */
export const CellSchema = z.object({
  raw: z.string(),
  kind: z.enum(['number', 'blank', 'na', 'unreadable']),
  value: z.nullable(z.number()),
  /** Unit written in the cell (个, 万元, 元, 件…), if any. */
  unit: z.nullable(z.string()),
  at: z.nullable(LocatorSchema),
});
export type Cell = z.infer<typeof CellSchema>;

/** Who issued the report (reference: 部门 / 乡镇 / 街道 / 县区政府 / 市级政府). */
export const ISSUER_TYPES = ['department', 'township', 'subdistrict', 'county', 'city'] as const;
export const IssuerTypeSchema = z.nullable(z.enum(ISSUER_TYPES));
export type IssuerType = (typeof ISSUER_TYPES)[number];

export const TemplateSchema = z.nullable(z.enum(['2019', '2021']));
export type Template = z.infer<typeof TemplateSchema>;

/** A problem in the table's shape that the reader noticed (S-04): extra or missing cells, a detached label. */
export const ShapeIssueSchema = z.object({
  kind: z.enum(['extra-cells', 'missing-cells', 'detached-label', 'missing-row', 'duplicate-row']),
  rowId: z.nullable(z.string()),
  message: z.object({ zh: z.string(), en: z.string() }),
  at: z.array(LocatorSchema),
});
export type ShapeIssue = z.infer<typeof ShapeIssueSchema>;

/** One labelled data row of a table. `cells` follow the template's columns. */
export const RowSchema = z.object({
  id: z.string(),
  /** The template's wording of the label. */
  label: z.string(),
  /** The label as written on the page (null when the row was not found). */
  rawLabel: z.nullable(z.string()),
  cells: z.array(CellSchema),
  at: z.nullable(LocatorSchema),
});
export type Row = z.infer<typeof RowSchema>;

const tableMeta = {
  /** 'table': an HTML table; 'text': rebuilt from lines of text (one cell per line, tabs…). */
  source: z.enum(['table', 'text']),
  at: z.nullable(LocatorSchema),
  shapeIssues: z.array(ShapeIssueSchema),
};

/** Table 二: blocks 第二十条第（一）项 … each with its column headers and rows. */
export const Table2Schema = z.object({
  ...tableMeta,
  blocks: z.array(
    z.object({
      item: z.string(),
      headers: z.array(z.string()),
      rows: z.array(RowSchema),
    }),
  ),
});
export type Table2 = z.infer<typeof Table2Schema>;

/** Table 三: 7 columns (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计), rows in template order. */
export const Table3Schema = z.object({ ...tableMeta, rows: z.array(RowSchema) });
export type Table3 = z.infer<typeof Table3Schema>;

/** Table 四: one row of 15 cells (复议 ×5, 未经复议直接起诉 ×5, 复议后起诉 ×5). */
export const Table4Schema = z.object({ ...tableMeta, cells: z.array(CellSchema) });
export type Table4 = z.infer<typeof Table4Schema>;

export const ParagraphSchema = z.object({ text: z.string(), at: z.nullable(LocatorSchema) });
export type Paragraph = z.infer<typeof ParagraphSchema>;

/** One of the six sections (一 … 六), found by its heading. */
export const SectionSchema = z.object({
  number: z.number(),
  heading: z.string(),
  at: z.nullable(LocatorSchema),
  paragraphs: z.array(ParagraphSchema),
});
export type Section = z.infer<typeof SectionSchema>;

export const TableReadingSchema = z.object({
  found: z.boolean(),
  source: z.nullable(z.enum(['table', 'text'])),
  rowsFound: z.number(),
  rowsExpected: z.number(),
  /** Columns whose header was recognised (table 三: 自然人 … 总计; table 二: the blocks' headers; table 四: its 15 cells). */
  columnsFound: z.number(),
  columnsExpected: z.number(),
  cellsRead: z.number(),
  cellsBlank: z.number(),
  unreadable: z.array(z.object({ rowId: z.string(), column: z.number(), raw: z.string() })),
});
export type TableReading = z.infer<typeof TableReadingSchema>;

/** What was read and what was not, so that "unread" is never mistaken for "correct". */
export const ReadingSchema = z.object({
  table2: TableReadingSchema,
  table3: TableReadingSchema,
  table4: TableReadingSchema,
  partial: z.boolean(),
});
export type Reading = z.infer<typeof ReadingSchema>;

export const ReportSchema = z.object({
  url: z.string(),
  /** Whether the page looks like an annual report at all, and if not why. */
  kind: z.enum(['report', 'old-format', 'not-report']),
  title: z.string(),
  titleAt: z.nullable(LocatorSchema),
  agency: z.nullable(z.string()),
  issuerType: IssuerTypeSchema,
  year: z.nullable(z.number()),
  template: TemplateSchema,
  /** Labels that point at each template (reference §3.5). */
  templateMarkers: z.object({ v2019: z.array(z.string()), v2021: z.array(z.string()) }),
  publishedAt: z.nullable(z.string()),
  signOff: z.nullable(
    z.object({ organ: z.nullable(z.string()), date: z.nullable(z.string()), text: z.string(), at: z.nullable(LocatorSchema) }),
  ),
  /** The stated 统计期限 ("自Y年1月1日起至Y年12月31日止"), ISO dates; absent or null when none is stated (D-02). */
  statPeriod: z.optional(
    z.nullable(z.object({ from: z.string(), to: z.string(), text: z.string(), at: z.nullable(LocatorSchema) })),
  ),
  /** Text before section 一 (preamble). */
  preamble: z.array(ParagraphSchema),
  sections: z.array(SectionSchema),
  table2: z.nullable(Table2Schema),
  table3: z.nullable(Table3Schema),
  table4: z.nullable(Table4Schema),
  reading: ReadingSchema,
});
export type Report = z.infer<typeof ReportSchema>;
