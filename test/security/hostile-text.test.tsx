// Page content is hostile. Text carrying markup and script (an <img onerror>, javascript: links, bidi
// and zero-width characters, very long strings) must stay inert text in the popup, the plain summary
// and the exports. The result is a real audit of seed 003 with its page text swapped for such strings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { parseHTML } from 'linkedom';
import { ResultView } from '../../entrypoints/popup/components/ResultView';
import { extractSnapshot } from '../../lib/snapshot';
import { auditSnapshot } from '../../lib/pipeline';
import { AuditResultSchema, type AuditResult } from '../../lib/schema';
import { formatSummary } from '../../lib/format/summary';
import { formatMarkdown } from '../../lib/format/markdown';
import { csvField, formatCsv } from '../../lib/format/csv';

const IMG = '<img src=x onerror=alert(1)>';
const LINK = '<a href="javascript:alert(2)">点此</a>';
const MD_LINK = '[点此](javascript:alert(3))';
const BIDI = '\u202e1202\u202c\u200b\u2066年\u2069\ufeff';
const LONG = '长'.repeat(5000);
const HOSTILE = `${IMG}${LINK}${MD_LINK}${BIDI}<script>alert(4)</script>`;

const base: AuditResult = auditSnapshot(
  extractSnapshot(
    parseHTML(readFileSync(join(__dirname, '../fixtures/pages/seed-003.table.html'), 'utf8')).document as unknown as Document,
    { url: 'http://www.example.gov.cn/report.html' },
  ),
);

/** The audit result with every piece of page-derived text replaced by `text`. */
function withPageText(text: string, long = text): AuditResult {
  const r: AuditResult = structuredClone(base);
  r.page.title = text;
  // A content script only runs on http(s) pages, so the URL is one; its query can carry anything.
  r.page.url = `http://www.example.gov.cn/report.html?q=${text}`;
  r.report.title = text;
  r.report.agency = text;
  r.report.publishedAt = text;
  r.errors.push({ ruleId: 'X-01', message: text });
  for (const f of r.findings) {
    f.message = { zh: `${text}${f.message.zh}`, en: `${text}${f.message.en}` };
    f.expected = `=${text}`;
    f.actual = long;
    f.locators = f.locators.map((l) => ({ ...l, snippet: text, selector: `td${text}` }));
  }
  return r;
}

const hostile = withPageText(HOSTILE, LONG + HOSTILE);
/** Same shape, plain letters of the same lengths: whatever structure differs came from the text. */
const plain = withPageText('a'.repeat(HOSTILE.length), 'a'.repeat(LONG.length + HOSTILE.length));

let host: HTMLElement | undefined;
afterEach(() => {
  if (host) render(null, host);
  host?.remove();
  host = undefined;
});

function show(result: AuditResult): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  render(<ResultView result={result} />, host);
  return host;
}

/** Tag and attribute names of every element, in order: the structure, without any text. */
function structure(root: Element): string[] {
  return Array.from(root.querySelectorAll('*')).map((el) => `${el.tagName}[${el.getAttributeNames().sort().join(',')}]`);
}

describe('hostile page text', () => {
  it('is a valid audit result with findings to show (the test has something to render)', () => {
    expect(AuditResultSchema.safeParse(hostile).success).toBe(true);
    expect(hostile.findings.length).toBeGreaterThan(3);
  });

  it('renders in the popup as text only: no element or attribute comes from it', () => {
    const plainShape = structure(show(plain));
    render(null, host!);
    host!.remove();
    const el = show(hostile);
    expect(structure(el)).toEqual(plainShape);
    expect(el.querySelector('img, script, svg, iframe, object, embed')).toBeNull();
    for (const node of Array.from(el.querySelectorAll('*'))) {
      for (const name of node.getAttributeNames()) {
        expect(name.startsWith('on'), `${node.tagName} has ${name}`).toBe(false);
        expect(node.getAttribute(name)?.trim().toLowerCase().startsWith('javascript:'), `${node.tagName}[${name}]`).toBe(false);
      }
    }
    // The literal text is there for the reader to see.
    expect(el.textContent).toContain(IMG);
    expect(el.textContent).toContain(BIDI);
  });

  it('appears literally in the plain summary (zh and en)', () => {
    for (const lang of ['zh', 'en'] as const) {
      const summary = formatSummary(hostile, { lang });
      expect(summary).toContain(HOSTILE);
    }
  });

  it('cannot become links or HTML in the Markdown export', () => {
    const md = formatMarkdown(hostile);
    // Outside code spans and the URL's autolink (whose content is never parsed), every <, [ and ]
    // that came from the page is escaped.
    const outsideCode = md.replace(/(`+)[^`]*?\1/g, '').replace(/<https?:\/\/[^\s<>]*>/g, '');
    expect(outsideCode).not.toContain(IMG);
    expect(outsideCode).not.toMatch(/(^|[^\\])\]\(javascript:/m);
    expect(outsideCode).not.toMatch(/(^|[^\\])<(img|a|script)\b/im);
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
    // No line break from the page can start a new Markdown block.
    expect(formatMarkdown(withPageText('x\n# heading\n- item'))).not.toMatch(/^(# heading|- item)/m);
  });

  it('cannot run as a formula in the CSV export', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvField(`${start}HYPERLINK("http://x","y")`).replace(/^"/, '')).toMatch(/^'/);
    }
    const fields = parseCsv(formatCsv(hostile).replace(/^\uFEFF/, ''));
    expect(fields.length).toBe(hostile.findings.length + 1);
    for (const field of fields.flat()) expect(field).not.toMatch(/^[=+\-@\t\r]/);
    // The expected value began with "=": it is kept, behind the guard.
    expect(fields.slice(1).some((row) => row.some((f) => f.startsWith(`'=${IMG}`)))).toBe(true);
  });
});

/** RFC 4180 parser, enough to read back what formatCsv wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += ch;
  }
  if (field !== '' || row.length > 0) row.push(field), rows.push(row);
  return rows;
}
