// Page shapes for the corpus: one function per way portals draw the same report. Each takes a
// ReportSpec (./spec) and returns the page text (HTML, or plain text for .txt).
import type { Row } from '../fixtures/seed-blocks';
import { escapeHtml, paragraphPage, tablePage } from '../fixtures/render-simple';
import { wordPortalPage } from '../fixtures/render-word';
import { specBlocks, toSeedReport, type ReportSpec, type SpecBlock, type TableName } from './spec';

const cellText = (cell: string[]) => cell.join('');
const isBlank = (cell: string[]) => cell.every((line) => line.trim() === '');

export function htmlPage(title: string, body: string[], head = ''): string {
  return ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">', `<title>${escapeHtml(title)}</title>`, head, '</head>', '<body>', ...body, '</body>', '</html>', ''].join('\n');
}

const p = (text: string) => `<p>${escapeHtml(text)}</p>`;

export function plainTable(rows: Row[], attrs = 'border="1"'): string {
  const trs = rows.map((row) => `<tr>${row.map((cell) => `<td>${cell.map(escapeHtml).join('<br>')}</td>`).join('')}</tr>`);
  return [`<table ${attrs}>`, '<tbody>', ...trs, '</tbody>', '</table>'].join('\n');
}

/** The report with each block drawn by `draw` (tables) and <p> (text). */
function render(spec: ReportSpec, draw: (block: SpecBlock & { kind: 'table' }) => string[], pText = p): string[] {
  return bodyBlocks(spec).flatMap((block) => (block.kind === 'p' ? [pText(block.text)] : draw(block)));
}

/** The blocks after the title lines. */
const bodyBlocks = (spec: ReportSpec) => specBlocks(spec).slice(spec.titleLines.length);
const title = (spec: ReportSpec) => spec.titleLines.join('');
/** One <h1>, or a title printed over two lines (organ / year) as two centred paragraphs. */
const titleHtml = (spec: ReportSpec) =>
  spec.titleLines.length === 1
    ? `<h1>${escapeHtml(title(spec))}</h1>`
    : spec.titleLines.map((line) => `<p align="center"><b>${escapeHtml(line)}</b></p>`).join('\n');

// ---- HTML tables ----

/**
 * Word "另存为网页": spans everywhere, MsoNormal paragraphs with inline styles, <o:p>&nbsp;</o:p>
 * after values, a label split over two <p>, a <br> inside a label, a stray space in 本年度办理结果.
 */
export function wordExport(spec: ReportSpec): string {
  return wordPortalPage(toSeedReport(spec), 'utf-8')
    .replace('>三、本年度办理结果<', '>三、本年度办 理结果<')
    .replace(
      '>（二）部分公开（区分处理的，只计这一情形，不计其他情形）<',
      ">（二）部分公开</span></p><p class=MsoNormal align=center style='text-align:center'><span style='font-size:10.5pt'>（区分处理的，只计这一情形，</span><span style='font-size:10.5pt'>不计其他情形）<",
    )
    .replace('>1.本机关不掌握相关政府信息<', '>1.本机关不掌握<br>相关政府信息<')
    .replaceAll('>0<span lang=EN-US><o:p></o:p>', '>0<span lang=EN-US><o:p>&nbsp;</o:p>');
}

/** Table 三's header rows in one <table>, its data rows in the next. */
export function splitHeaderRows(spec: ReportSpec): string {
  const body = render(spec, (block) => {
    if (block.name !== 'table3') return [plainTable(block.rows)];
    return [plainTable(block.rows.slice(0, 3)), '<p>&nbsp;</p>', plainTable(block.rows.slice(3))];
  });
  return htmlPage(title(spec), [titleHtml(spec), ...body]);
}

/**
 * A Word table cut at a page break before the row whose label is `cutBefore` (a PDF-to-HTML
 * converter's output): the rowspans started above end with the first table, so the rows below lack
 * those label cells; a page number sits between the two tables.
 */
export function splitAtPageBreak(spec: ReportSpec, cutBefore = '5.属于三类内部事务信息'): string {
  const html = wordExport(spec);
  const at = html.indexOf(`>${cutBefore}<`);
  const rowStart = html.lastIndexOf('<tr', at);
  const tableTag = html.slice(html.lastIndexOf('<table', rowStart), html.indexOf('>', html.lastIndexOf('<table', rowStart)) + 1);
  const pageBreak = `</table>\n<p class=MsoNormal align=center><span lang=EN-US>- 3 -</span></p>\n<br clear=all style='page-break-before:always'>\n${tableTag}\n`;
  return html.slice(0, rowStart) + pageBreak + html.slice(rowStart);
}

/** 表二, 表三 and 表四 in one <table>; the headings of 三 and 四 are full-width rows inside it. */
export function mergedTables(spec: ReportSpec): string {
  const blocks = bodyBlocks(spec);
  const body: string[] = [];
  let merged: Row[] | null = null;
  for (const block of blocks) {
    if (block.kind === 'table') {
      merged ??= [];
      merged.push(...block.rows);
      continue;
    }
    if (merged && (block.text.startsWith('三、') || block.text.startsWith('四、'))) {
      merged.push([[block.text]]);
      continue;
    }
    if (merged) {
      body.push(plainTable(merged));
      merged = null;
    }
    body.push(p(block.text));
  }
  if (merged) body.push(plainTable(merged));
  return htmlPage(title(spec), [titleHtml(spec), ...body]);
}

/** No spans: merged label cells are simply left empty (render-simple's table page). */
export function noSpansEmptyLabels(spec: ReportSpec): string {
  return tablePage(toSeedReport(spec));
}

/** No spans and no empty label cells either: rows start at their own label, so the numbers shift left. */
export function missingLabelCells(spec: ReportSpec): string {
  const body = render(spec, (block) => {
    const rows = block.rows.map((row, index) => {
      const firstValue = block.name === 'table3' && index >= 3 ? row.length - 7 : row.length;
      const kept = row.filter((cell, k) => k >= firstValue || !isBlank(cell));
      // The 总计 row of the Word table keeps a trailing empty cell (seed 001 has one too).
      return block.name === 'table3' && cellText(row[1] ?? []) === '（七）总计' ? [...kept, ['']] : kept;
    });
    return [plainTable(rows)];
  });
  return htmlPage(title(spec), [titleHtml(spec), ...body]);
}

// ---- tables drawn as text ----

/** Every cell its own <p> (render-simple's paragraph page). */
export function paragraphPerCell(spec: ReportSpec): string {
  return paragraphPage(toSeedReport(spec));
}

/** Seed text format: a cell is a line starting with a tab, a blank line ends a row. */
export function textCellPerLine(spec: ReportSpec): string {
  const lines = specBlocks(spec).flatMap((block) =>
    block.kind === 'p' ? [block.text] : block.rows.flatMap((row) => [...row.map((cell) => `\t${cellText(cell)}`), '']),
  );
  return `${lines.join('\n')}\n`;
}

/** Seed 001's text format: a table row is one tab-separated line. */
export function textTabRows(spec: ReportSpec): string {
  const lines = specBlocks(spec).flatMap((block) =>
    block.kind === 'p' ? [block.text] : [...block.rows.map((row) => row.map(cellText).join('\t')), ''],
  );
  return `${lines.join('\n')}\n`;
}

const pre = (lines: string[]) => `<pre>${lines.map(escapeHtml).join('\n')}</pre>`;

/** Tables in a <pre>, one cell per line (empty cells are empty lines), rows not marked. */
export function preCellPerLine(spec: ReportSpec): string {
  const body = render(spec, (block) => [pre(block.rows.flatMap((row) => row.map(cellText)))]);
  return htmlPage(title(spec), [titleHtml(spec), ...body]);
}

/** Tables in a <pre>, one tab-separated line per row. */
export function preTabRows(spec: ReportSpec): string {
  const body = render(spec, (block) => [pre(block.rows.map((row) => row.map(cellText).join('\t')))]);
  return htmlPage(title(spec), [titleHtml(spec), ...body]);
}

/** Markdown-like pipe rows, one <p> per row: "| 一、本年新收… | 0 | 0 | … |". */
export function pipeRows(spec: ReportSpec): string {
  const body = render(spec, (block) => block.rows.map((row) => p(`| ${row.map(cellText).join(' | ')} |`)));
  return htmlPage(title(spec), [titleHtml(spec), ...body]);
}

/** One <p> per row, cells separated by single spaces, empty cells dropped: "一、本年新收… 0 0 0 0 0 0 0". */
export function spaceSeparated(spec: ReportSpec): string {
  const body = render(spec, (block) =>
    block.rows.map((row) => p(row.filter((cell) => !isBlank(cell)).map(cellText).join(' '))),
  );
  return htmlPage(title(spec), [titleHtml(spec), ...body]);
}

// ---- pages around the report ----

/** Plain tables with no chrome: the report document alone (used inside an iframe, GBK page…). */
export function plainReport(spec: ReportSpec, charset = 'utf-8'): string {
  return htmlPage(title(spec), [titleHtml(spec), ...render(spec, (b) => [plainTable(b.rows)])]).replace(
    '<meta charset="utf-8">',
    `<meta charset="${charset}">`,
  );
}

/** A portal page whose article is an <iframe srcdoc> holding the report. */
export function iframeSrcdoc(spec: ReportSpec): string {
  const inner = plainReport(spec);
  const attr = inner.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return htmlPage(`${title(spec)}_政府信息公开`, [
    '<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a></div>',
    '<div class="crumb">当前位置：首页 &gt; 政府信息公开 &gt; 政府信息公开年报</div>',
    `<h2 class="doc-title">${escapeHtml(title(spec))}</h2>`,
    `<iframe id="content-frame" width="100%" height="2000" frameborder="0" srcdoc="${attr}"></iframe>`,
    '<div class="footer">版权所有：示例县人民政府办公室</div>',
  ]);
}

/** The report inside heavy portal chrome: nav, breadcrumb naming 年报, a list of other years' reports, 发布时间, footer. */
export function portalChrome(spec: ReportSpec, published: string): string {
  const t = title(spec);
  const content = render(spec, (b) => [plainTable(b.rows, 'class="MsoTableGrid" border="1" cellspacing="0" style="width:100%"')]);
  return htmlPage(`${t}-政府信息公开年报-示例县人民政府门户网站`, [
    '<div class="header"><img src="/logo.png" alt="示例县人民政府"><div class="search"><input placeholder="站内搜索"><button>搜索</button></div></div>',
    '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwgk/nb/">政府信息公开年报</a></li><li><a href="/hdjl/">互动交流</a></li></ul>',
    '<div class="crumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; <a href="/zwgk/nb/">政府信息公开年报</a> &gt; 正文</div>',
    '<div class="side"><h3>年报目录</h3><ul>',
    '<li><a href="/nb/2020.html">示例县2020年政府信息公开工作年度报告</a> 2021-01-28</li>',
    '<li><a href="/nb/2019.html">示例县2019年政府信息公开工作年度报告</a> 2020-01-30</li>',
    '<li><a href="/nb/2018.html">示例县2018年政府信息公开工作年度报告</a> 2019-03-29</li>',
    '</ul></div>',
    '<div class="article">',
    `<table class="info" width="100%"><tr><td>索引号：</td><td>11330100002490000X/2022-00012</td><td>发布机构：</td><td>示例县人民政府办公室</td></tr><tr><td>发布日期：</td><td>${published}</td><td>主题分类：</td><td>政务公开</td></tr></table>`,
    `<h1>${escapeHtml(t)}</h1>`,
    `<div class="meta">发布时间：${published} 09:30 来源：示例县人民政府办公室 浏览次数：<span id="hits">1024</span></div>`,
    '<div class="TRS_Editor">',
    ...content,
    '</div>',
    '<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>',
    '</div>',
    '<div class="footer"><p>版权所有：示例县人民政府办公室 主办单位：示例县人民政府办公室</p><p>网站标识码：3300000001 浙ICP备12345678号 浙公网安备 33000002000001号</p></div>',
  ]);
}

export type { TableName };
