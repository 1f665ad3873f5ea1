// The manifest content script (issue 6): the cheap look on every *.gov.cn frame, and the worker
// injecting the extractor into exactly the frame that asked.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import background from '../../entrypoints/background';
import { DETECT_SCAN_CHARS, detectReport, findRuntime, mayBeReport } from '../../lib/extension/detector';
import { looksLikeReport } from '../../lib/snapshot/detect';
import { DOMS } from '../snapshot/doms';
import { CONTENT_SCRIPT_FILE } from '../../lib/extension/protocol';
import { documentFrom } from '../snapshot/doms';

const REPORT = '<html><head><title>某镇2021年政府信息公开工作年度报告</title></head><body><p>一、总体情况</p></body></html>';
const NEWS = '<html><head><title>乡镇动态 - 某镇人民政府</title></head><body><ul><li>召开春耕生产工作会议</li></ul></body></html>';

describe('detectReport', () => {
  it('asks the worker for the extractor on a report page, once', () => {
    const sendMessage = vi.fn(() => Promise.resolve());
    expect(detectReport(documentFrom('happy-dom', REPORT), { sendMessage })).toBe(true);
    expect(sendMessage.mock.calls).toEqual([[{ type: 'report-detected' }]]);
  });

  it('sends nothing on a page that is no report', () => {
    const sendMessage = vi.fn();
    expect(detectReport(documentFrom('happy-dom', NEWS), { sendMessage })).toBe(false);
    expect(detectReport(documentFrom('linkedom', '<p>政府信息公开指南</p><p>2021年企业年度报告</p>'.replace('年度报告', '年度总结')), { sendMessage })).toBe(false);
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('survives a worker that cannot be reached (throwing or rejecting)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const doc = documentFrom('linkedom', REPORT);
    expect(detectReport(doc, { sendMessage: () => { throw new Error('context invalidated'); } })).toBe(true);
    expect(detectReport(doc, { sendMessage: () => Promise.reject(new Error('no receiver')) })).toBe(true);
    await Promise.resolve();
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
});

// The detector is a looser form of the extractor's exact check (lib/snapshot/detect.ts): it must say
// yes wherever that check does, and may say yes more often (the extractor then settles it).
const EXACT_YES = [
  '<html><head><title>某镇2021年政府信息公开工作年度报告</title></head><body></body></html>',
  '<html><head><title>详情页</title></head><body><h1>某区2022年政务公开工作年报</h1></body></html>',
  '<h1>某镇2021年政府信息</h1><p>公开工作年度报告</p>',
  '<div><p>政 府 信 息 公 开</p><table><tr><td>年</td><td>度\n报告</td></tr></table></div>',
  `<script>${'var x = 1;'.repeat(3000)}</script><p>本机关2020年政府信息公开工作年度报告</p>`,
];
const EXACT_NO = [
  '<html><head><title>政府信息公开指南</title></head><body><p>政府信息公开目录</p></body></html>',
  '<html><head><title>2021年企业年度报告</title></head><body><p>财务</p></body></html>',
];

describe.each(DOMS)('mayBeReport (%s)', (dom) => {
  it('says yes wherever the exact check does', () => {
    for (const html of EXACT_YES) {
      const doc = documentFrom(dom, html);
      expect(looksLikeReport(doc), html.slice(0, 40)).toBe(true);
      expect(mayBeReport(doc), html.slice(0, 40)).toBe(true);
    }
  });

  it('says no where neither word pair is there', () => {
    for (const html of EXACT_NO) expect(mayBeReport(documentFrom(dom, html)), html).toBe(false);
  });

  it('is looser than the exact check: script text and text past its 20k characters count', () => {
    const inScript = documentFrom(dom, '<script>"政府信息公开年度报告"</script><p>新闻</p>');
    expect(looksLikeReport(inScript)).toBe(false);
    expect(mayBeReport(inScript)).toBe(true);
    const late = documentFrom(dom, `<p>${'新闻'.repeat(15_000)}</p><p>政府信息公开工作年度报告</p>`);
    expect(looksLikeReport(late)).toBe(false);
    expect(mayBeReport(late)).toBe(true);
  });

  it('reads no further than its bound', () => {
    const beyond = documentFrom(dom, `<p>${'新'.repeat(DETECT_SCAN_CHARS)}</p><p>政府信息公开工作年度报告</p>`);
    expect(mayBeReport(beyond)).toBe(false);
  });
});

describe('findRuntime', () => {
  const runtime = (id: string | undefined) => ({ id, sendMessage: () => undefined });

  it('prefers Firefox’s `browser`, else Chrome’s `chrome`', () => {
    const firefox = runtime('ff');
    const chrome = runtime('cr');
    expect(findRuntime({ browser: { runtime: firefox }, chrome: { runtime: chrome } })).toBe(firefox);
    expect(findRuntime({ chrome: { runtime: chrome } })).toBe(chrome);
  });

  it('finds none outside an extension (no runtime id, or no API at all)', () => {
    expect(findRuntime({})).toBeNull();
    expect(findRuntime({ chrome: { runtime: runtime(undefined) } })).toBeNull();
    expect(findRuntime({ chrome: {} })).toBeNull();
  });
});

describe('worker: report-detected', () => {
  const TAB = 4;
  let inject: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    inject = vi.fn(() => Promise.resolve([]));
    (browser as unknown as { scripting: unknown }).scripting = { executeScript: inject };
    background.main();
  });

  const trigger = (message: unknown, sender: unknown) => fakeBrowser.runtime.onMessage.trigger(message, sender as never);

  it('injects the extractor into the frame that asked, and only there', async () => {
    await trigger({ type: 'report-detected' }, { id: fakeBrowser.runtime.id, tab: { id: TAB }, frameId: 3 });
    expect(inject.mock.calls).toEqual([[{ target: { tabId: TAB, frameIds: [3] }, files: [CONTENT_SCRIPT_FILE] }]]);
    expect(CONTENT_SCRIPT_FILE).toBe('/content-scripts/extract.js');
  });

  it('ignores the message from another extension, from no tab, or with extra claims', async () => {
    await trigger({ type: 'report-detected' }, { id: 'someone-else', tab: { id: TAB }, frameId: 0 });
    await trigger({ type: 'report-detected' }, { id: fakeBrowser.runtime.id, frameId: 0 });
    await trigger({ type: 'report-detected', files: ['/evil.js'] }, { id: fakeBrowser.runtime.id, tab: { id: TAB }, frameId: 0 });
    // zod objects strip unknown keys: the file injected is never the message's to choose.
    expect(inject.mock.calls.every(([arg]) => JSON.stringify(arg.files) === JSON.stringify([CONTENT_SCRIPT_FILE]))).toBe(true);
    expect(inject.mock.calls.length).toBe(1);
  });

  it('survives a frame that is gone before the injection', async () => {
    inject.mockImplementation(() => Promise.reject(new Error('No frame with id 9')));
    await expect(trigger({ type: 'report-detected' }, { id: fakeBrowser.runtime.id, tab: { id: TAB }, frameId: 9 })).resolves.toBeDefined();
  });
});
