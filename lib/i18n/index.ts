// A plain dictionary rather than browser.i18n: it works in tests and the options page can switch it.
import { MESSAGES, type MessageKey } from './messages';

export { MESSAGES, type MessageKey };
export type Lang = 'zh' | 'en';
export type LanguageSetting = 'auto' | Lang;

/** The UI language: the setting, or for 'auto' the browser's (Chinese for any zh-*, else English). */
export function resolveLang(setting: LanguageSetting, browserLanguage: string | undefined): Lang {
  if (setting !== 'auto') return setting;
  return (browserLanguage ?? '').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A translator for one language; `{name}` placeholders are filled from `params`. */
export function translator(lang: Lang): Translate {
  const table = MESSAGES[lang];
  return (key, params) => {
    const text: string = table[key];
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
}

/** The value of the HTML lang attribute for a UI language. */
export function htmlLang(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}
