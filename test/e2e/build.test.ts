// The shipped builds: the content script stays small and free of zod and the rules; the Firefox
// build's manifest passes Mozilla's linter (web-ext lint) with no errors.
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const CHROME = join(ROOT, '.output/chrome-mv3');
const FIREFOX = join(ROOT, '.output/firefox-mv2');

describe('content script bundles', () => {
  it('the extractor is under 15 KB gzipped and holds no zod', () => {
    const code = readFileSync(join(CHROME, 'content-scripts/extract.js'));
    expect(gzipSync(code).length).toBeLessThan(15 * 1024);
    expect(code.toString()).not.toMatch(/ZodError|\$ZodType|jitless/);
  });

  it('the manifest runs only the detector, which carries no polyfill, WXT context or snapshot code', () => {
    const manifest = JSON.parse(readFileSync(join(CHROME, 'manifest.json'), 'utf8'));
    expect(manifest.content_scripts).toEqual([{ matches: ['*://*.gov.cn/*'], all_frames: true, run_at: 'document_idle', js: ['detect.js'] }]);
    const code = readFileSync(join(CHROME, 'detect.js'));
    // Every *.gov.cn page evaluates it: a few KB at most (the extractor is ~10 KB gzipped).
    expect(gzipSync(code).length).toBeLessThan(2 * 1024);
    expect(code.toString()).not.toMatch(/ZodError|webextension-polyfill|ContentScriptContext|wxt:content-script-started|extractSnapshot/);
    expect(code.toString()).toContain('report-detected');
  });
});

describe('Firefox build', () => {
  it('has an MV2 manifest with the add-on ID and the same least permissions', () => {
    if (!existsSync(join(FIREFOX, 'manifest.json'))) throw new Error('No Firefox build: run `npm run build:firefox` first.');
    const manifest = JSON.parse(readFileSync(join(FIREFOX, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.browser_specific_settings.gecko.id).toBe('nianbao-auditor@nianbao.local');
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect([...manifest.permissions].sort()).toEqual(['*://*.gov.cn/*', 'activeTab', 'scripting', 'storage']);
    expect(manifest.browser_action.default_popup).toBe('popup.html');
    expect(manifest.options_ui.page).toBe('options.html');
    expect(manifest.background.scripts).toEqual(['background.js']);
    expect(manifest.action).toBeUndefined();
  });

  it('passes web-ext lint with no errors (the one warning is Preact’s own innerHTML code)', async () => {
    const run = promisify(execFile);
    const { stdout } = await run('npx', ['web-ext', 'lint', '--source-dir', FIREFOX, '--output', 'json', '--no-config-discovery'], {
      cwd: ROOT,
      maxBuffer: 10 * 1024 * 1024,
    }).catch((err: { stdout?: string }) => ({ stdout: err.stdout ?? '' }));
    const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as {
      errors: { code: string; message: string }[];
      warnings: { code: string; file: string }[];
    };
    expect(report.errors).toEqual([]);
    // Preact sets innerHTML only for dangerouslySetInnerHTML, which our UI never uses.
    expect(report.warnings.filter((w) => !(w.code === 'UNSAFE_VAR_ASSIGNMENT' && w.file.startsWith('chunks/')))).toEqual([]);
  }, 60_000);
});
