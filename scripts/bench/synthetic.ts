// Generated pages for the benchmark and the size-limit tests: built from the fixture pages so the
// content is a real report's, only more of it.
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SAMPLE_PATH = join(ROOT, 'assets/sample/shangguan-2020.html');
export const SEED_DIR = join(ROOT, 'test/fixtures/pages');

function bodyOf(html: string): { head: string; body: string } {
  const open = html.search(/<body[^>]*>/i);
  const close = html.lastIndexOf('</body>');
  const bodyStart = html.indexOf('>', open) + 1;
  return { head: html.slice(0, bodyStart), body: html.slice(bodyStart, close < 0 ? undefined : close) };
}

/** The Word-exported sample's body repeated `copies` times: many reports' tables on one page. */
export function repeatedReportPage(copies: number, source = SAMPLE_PATH): string {
  const { head, body } = bodyOf(readFileSync(source, 'utf8'));
  return `${head}\n${Array.from({ length: copies }, () => body).join('\n<hr>\n')}\n</body></html>`;
}

/** A page with `tables` small data tables (3×4 each) after a report title: many tables, little else. */
export function manyTablesPage(tables: number): string {
  const table = (i: number) =>
    `<table border="1"><tr><td>项目${i}</td><td>本年新增</td><td>本年撤销</td></tr>` +
    `<tr><td>规章</td><td>${i % 7}</td><td>0</td></tr><tr><td>规范性文件</td><td>${i % 5}</td><td>1</td></tr>` +
    `<tr><td>合计</td><td>${(i % 7) + (i % 5)}</td><td>1</td></tr></table>`;
  return '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>某某区2020年政府信息公开工作年度报告</title></head><body>' +
    '<h1>某某区2020年政府信息公开工作年度报告</h1><p>一、总体情况</p>' +
    Array.from({ length: tables }, (_, i) => table(i)).join('\n') + '</body></html>';
}

/** A report page padded with plain paragraphs to about `bytes` bytes of HTML. */
export function hugeTextPage(bytes: number): string {
  const { head, body } = bodyOf(readFileSync(SAMPLE_PATH, 'utf8'));
  const paragraph = '<p>本机关坚持以公开为常态、不公开为例外，持续推进政府信息公开工作，依法保障人民群众知情权、参与权、表达权和监督权。</p>\n';
  const parts = [head, body];
  let size = Buffer.byteLength(head + body);
  const step = Buffer.byteLength(paragraph);
  while (size < bytes) {
    parts.push(paragraph);
    size += step;
  }
  parts.push('</body></html>');
  return parts.join('');
}

/** An ordinary page that is no report: a portal with news links and paragraphs (~`links` items). */
export function noReportPage(links = 300): string {
  const items = Array.from(
    { length: links },
    (_, i) => `<li><a href="/art/2021/${(i % 12) + 1}/${i}.html">上官乡召开第${i + 1}次农村工作会议，部署春耕生产和安全工作</a><span>2021-0${(i % 9) + 1}-1${i % 10}</span></li>`,
  );
  return '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>乡镇动态 - 上官乡人民政府</title></head><body>' +
    '<div class="nav"><a href="/">首页</a><a href="/xxgk/">信息公开</a><a href="/hdjl/">互动交流</a></div>' +
    `<h1>乡镇动态</h1><ul>${items.join('\n')}</ul><div class="footer"><p>主办：上官乡人民政府 备案号：浙ICP备00000000号</p></div></body></html>`;
}
