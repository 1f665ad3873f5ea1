import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MESSAGES, resolveLang, translator } from '../../lib/i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI dictionary', () => {
  it('has every key in both languages, non-empty, with the same placeholders', () => {
    const zhKeys = Object.keys(MESSAGES.zh).sort();
    expect(Object.keys(MESSAGES.en).sort()).toEqual(zhKeys);
    for (const key of zhKeys) {
      const zh = MESSAGES.zh[key as keyof typeof MESSAGES.zh];
      const en = MESSAGES.en[key as keyof typeof MESSAGES.en];
      expect(zh.trim(), key).not.toBe('');
      expect(en.trim(), key).not.toBe('');
      expect(placeholders(en), key).toEqual(placeholders(zh));
      expect(en, `${key} should be English`).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translator('zh')('finding.shown', { n: 3 })).toBe('已在页面上标出 3 处');
    expect(translator('en')('reading.rows', { found: 20 })).toBe('rows 20/{expected}');
  });

  it('follows the browser unless the setting says otherwise', () => {
    expect(resolveLang('auto', 'zh-CN')).toBe('zh');
    expect(resolveLang('auto', 'zh-TW')).toBe('zh');
    expect(resolveLang('auto', 'en-US')).toBe('en');
    expect(resolveLang('auto', 'fr')).toBe('en');
    expect(resolveLang('auto', undefined)).toBe('en');
    expect(resolveLang('zh', 'en-US')).toBe('zh');
    expect(resolveLang('en', 'zh-CN')).toBe('en');
  });
});

// Every string the popup and the options page show goes through the dictionary: their sources hold
// no Chinese text outside comments (the language names 中文 / English are the one exception).
describe('UI sources', () => {
  const root = resolve(__dirname, '../..');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
    });
  it.each([...files(join(root, 'entrypoints/popup')), ...files(join(root, 'entrypoints/options'))])('%s', (file) => {
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '').replace(/'中文'/g, '');
    expect(code).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
