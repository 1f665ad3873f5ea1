// The UI language for the popup and the options page, passed down by context.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { translator, type Lang, type Translate } from '../../../lib/i18n';

export interface LangValue {
  lang: Lang;
  t: Translate;
}

export function langValue(lang: Lang): LangValue {
  return { lang, t: translator(lang) };
}

export const LangContext = createContext<LangValue>(langValue('zh'));

export function useLang(): LangValue {
  return useContext(LangContext);
}
