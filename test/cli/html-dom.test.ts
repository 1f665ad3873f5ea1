// @vitest-environment node
// The CLI's light DOM (lib/cli/html-dom) against linkedom, the full DOM it replaced: the same
// snapshot on every page we have, and the browser's reading where linkedom's differs.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { loadInput, parseHtmlDocument } from '../../lib/cli/load';
import { parseLightDocument } from '../../lib/cli/html-dom';
import { extractSnapshot } from '../../lib/snapshot';

const ROOT = join(__dirname, '../..');
const HTML_PAGES = [
  ...readdirSync(join(ROOT, 'test/corpus/pages')).map((f) => join(ROOT, 'test/corpus/pages', f)),
  ...readdirSync(join(ROOT, 'test/fixtures/pages')).map((f) => join(ROOT, 'test/fixtures/pages', f)),
  join(ROOT, 'assets/sample/shangguan-2020.html'),
].filter((path) => /\.html$/.test(path));

describe('light DOM', () => {
  it.each(HTML_PAGES.map((path) => [path.slice(ROOT.length + 1), path]))('gives the snapshot linkedom gives: %s', async (_name, path) => {
    const { text, url } = await loadInput(path);
    const light = extractSnapshot(parseHtmlDocument(text), { url });
    const full = extractSnapshot(parseHTML(text).document as unknown as Document, { url });
    expect(light).toEqual(full);
    expect(light.items.length).toBeGreaterThan(0);
  });

  it('reads upper-case attribute names as a browser does (old pages write <TD ROWSPAN=2>)', () => {
    const doc = parseHtmlDocument('<TABLE><TR><TD ROWSPAN=2>a</TD><TD>b</TD></TR><TR><TD>c</TD></TR></TABLE>');
    const table = extractSnapshot(doc).items.find((item) => item.type === 'table');
    // a covers both rows of column 1; b and c sit in column 2.
    expect(table?.type === 'table' && table.grid).toEqual([[0, 1], [0, 2]]);
  });

  it('has the members the extractor reads, with browser values', () => {
    const doc = parseLightDocument('<!DOCTYPE html><html><head><title>年报 &amp; 说明</title></head><body><p class="x">一<br>二<!-- c --></p></body></html>');
    expect(doc.title).toBe('年报 & 说明');
    const p = doc.querySelector('p')!;
    expect(p.tagName).toBe('P');
    expect(p.getAttribute('CLASS')).toBe('x');
    expect(p.hasAttributes()).toBe(true);
    expect(p.childNodes.map((n) => n.nodeType)).toEqual([3, 1, 3, 8]);
    expect(p.textContent).toBe('一二');
    expect(p.parentNode).toBe(doc.body);
    expect(doc.querySelector('html>body>p:nth-of-type(1)')).toBe(p);
    expect(doc.querySelector('html>body>p:nth-of-type(2)')).toBeNull();
    expect(() => doc.querySelector('p.x')).toThrow(/unsupported selector/);
  });

  it('walks a page nested 20,000 deep without running out of stack', () => {
    const depth = 20_000;
    const doc = parseHtmlDocument(`${'<div>'.repeat(depth)}深${'</div>'.repeat(depth)}`);
    expect(doc.body?.textContent).toBe('深');
    expect(doc.getElementsByTagName('div')).toHaveLength(depth);
    expect(() => extractSnapshot(doc)).not.toThrow();
  });
});
