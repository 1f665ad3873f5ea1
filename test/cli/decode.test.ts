// @vitest-environment node
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DecodeError, canonicalEncoding, decodeBytes } from '../../lib/cli/decode';
import { InputError, loadInput, snapshotOf } from '../../lib/cli/load';
import { encodeGbk } from '../fixtures/gbk';

const ROOT = join(__dirname, '../..');
const GBK_PAGE = join(ROOT, 'test/fixtures/pages/shangguan-2020.gbk.html');
const SAMPLE = join(ROOT, 'assets/sample/shangguan-2020.html');
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeBytes', () => {
  it('decodes the GBK fixture page by its <meta charset="gbk">', () => {
    const bytes = readFileSync(GBK_PAGE);
    expect(bytes.includes(Buffer.from('富阳区', 'utf8'))).toBe(false); // really not UTF-8
    const { text, encoding } = decodeBytes(bytes);
    expect(encoding).toBe('gb18030');
    expect(text).toContain('<title>富阳区上官乡2020年政府信息公开工作年度报告</title>');
    expect(text).toContain('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）');
    expect(text).toBe(readFileSync(SAMPLE, 'utf8').replace('<meta charset="utf-8">', '<meta charset="gbk">'));
  });

  it('reads gb2312 from http-equiv Content-Type', () => {
    const page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>政务公开</p></body></html>';
    expect(decodeBytes(encodeGbk(page)).text).toBe(page);
  });

  it('uses the HTTP header charset when the page declares none', () => {
    const page = '<p>依申请公开</p>';
    expect(decodeBytes(encodeGbk(page), 'text/html; charset=GBK')).toEqual({ text: page, encoding: 'gb18030' });
  });

  it('prefers the page declaration over a wrong header', () => {
    const page = '<meta charset="gbk"><p>行政复议</p>';
    expect(decodeBytes(encodeGbk(page), 'text/html; charset=utf-8').text).toBe(page);
  });

  it('honours a BOM over any declaration', () => {
    const page = '<meta charset="gbk"><p>总计</p>';
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(page)])).text).toBe(page);
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(page, (ch) => ch.charCodeAt(0)).buffer)]);
    expect(decodeBytes(utf16)).toEqual({ text: page, encoding: 'utf-16le' });
  });

  it('defaults to UTF-8 and falls back to GB18030 for undeclared GBK bytes', () => {
    expect(decodeBytes(utf8('<p>自然人</p>'))).toEqual({ text: '<p>自然人</p>', encoding: 'utf-8' });
    expect(decodeBytes(encodeGbk('<p>自然人</p>'))).toEqual({ text: '<p>自然人</p>', encoding: 'gb18030' });
  });

  it('rejects binary content', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff, 0xd8, 0x00, 0x81]);
    expect(() => decodeBytes(png)).toThrow(DecodeError);
  });

  it('maps charset labels', () => {
    expect(canonicalEncoding('GB2312')).toBe('gb18030');
    expect(canonicalEncoding('x-gbk')).toBe('gb18030');
    expect(canonicalEncoding('UTF8')).toBe('utf-8');
    expect(canonicalEncoding('no-such-charset')).toBeNull();
  });
});

describe('loadInput', () => {
  it('gives the same snapshot for the GBK page as for the UTF-8 sample', async () => {
    const gbk = snapshotOf(await loadInput(GBK_PAGE));
    const sample = snapshotOf(await loadInput(SAMPLE));
    expect(gbk.title).toBe('富阳区上官乡2020年政府信息公开工作年度报告');
    expect(gbk.items).toEqual(sample.items);
  });

  it('reads .txt reports as plain text', async () => {
    const input = await loadInput(join(ROOT, 'test/fixtures/seeds/seed-003.txt'));
    expect(input.kind).toBe('text');
    expect(snapshotOf(input).items[0]).toMatchObject({ selector: 'line:1', tag: 'line' });
  });
});

describe('loadInput over HTTP', () => {
  it('fetches a GBK page declared only in the Content-Type header, and fails cleanly on 404', async () => {
    const body = encodeGbk('<html><head><title>某镇政府信息公开工作年度报告</title></head><body><p>行政诉讼</p></body></html>');
    const server = createServer((request, response) => {
      if (request.url === '/report.html') {
        response.writeHead(200, { 'content-type': 'text/html; charset=GBK' });
        response.end(body);
      } else {
        response.writeHead(404);
        response.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const input = await loadInput(`${base}/report.html`);
      expect(input).toMatchObject({ kind: 'html', encoding: 'gb18030', url: `${base}/report.html` });
      expect(snapshotOf(input).title).toBe('某镇政府信息公开工作年度报告');
      await expect(loadInput(`${base}/missing.html`)).rejects.toThrow(InputError);
    } finally {
      server.close();
    }
  });

  it('reports an unreachable host as an input error', async () => {
    await expect(loadInput('http://127.0.0.1:1/')).rejects.toThrow(/cannot fetch/);
  });
});
