// Options: the UI language and the D-04 deadlines per issuer type, saved in storage.local under one
// key and read back by the worker for every audit.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, ISSUER_TYPE_WORDS, ISSUER_TYPES, SettingsSchema, type IssuerType, type Settings } from '../../lib/settings';
import { loadSettings, saveSettings } from '../../lib/extension/settings-store';
import { htmlLang, resolveLang, type LanguageSetting } from '../../lib/i18n';
import { LangContext, langValue, useLang } from '../popup/components/lang';

const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The form keeps strings: an empty warn date means "no warning". */
type Draft = Record<IssuerType, { warnAfter: string; errorAfter: string }>;

function toDraft(settings: Settings): Draft {
  const draft = {} as Draft;
  for (const type of ISSUER_TYPES) {
    const d = settings.deadlines[type];
    draft[type] = { warnAfter: d.warnAfter ?? '', errorAfter: d.errorAfter };
  }
  return draft;
}

function fromDraft(language: LanguageSetting, draft: Draft): unknown {
  const deadlines = {} as Record<IssuerType, { warnAfter: string | null; errorAfter: string }>;
  for (const type of ISSUER_TYPES) {
    const warn = draft[type].warnAfter.trim();
    deadlines[type] = { warnAfter: warn === '' ? null : warn, errorAfter: draft[type].errorAfter.trim() };
  }
  return { version: 1, language, deadlines };
}

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    loadSettings().then(setSettings, () => setSettings(DEFAULT_SETTINGS));
  }, []);
  if (!settings) return <main class="options" aria-busy="true" />;
  return <Form initial={settings} />;
}

function Form({ initial }: { initial: Settings }) {
  const [language, setLanguage] = useState<LanguageSetting>(initial.language);
  const [draft, setDraft] = useState<Draft>(toDraft(initial));
  const [state, setState] = useState<'idle' | 'saved' | 'invalid'>('idle');
  const value = useMemo(() => langValue(resolveLang(language, navigator.language)), [language]);
  useEffect(() => {
    document.documentElement.lang = htmlLang(value.lang);
    document.title = value.t('options.title');
  }, [value]);

  const edit = (type: IssuerType, field: 'warnAfter' | 'errorAfter', text: string) => {
    setDraft({ ...draft, [type]: { ...draft[type], [field]: text } });
    setState('idle');
  };
  const save = async (event: Event) => {
    event.preventDefault();
    const candidate = fromDraft(language, draft);
    if (!SettingsSchema.safeParse(candidate).success) return setState('invalid');
    setState((await saveSettings(candidate)) ? 'saved' : 'invalid');
  };
  const reset = () => {
    setLanguage(DEFAULT_SETTINGS.language);
    setDraft(toDraft(DEFAULT_SETTINGS));
    setState('idle');
  };

  return (
    <LangContext.Provider value={value}>
      <main class="options">
        <h1>{value.t('options.title')}</h1>
        <form onSubmit={save} noValidate>
          <LanguageField value={language} onChange={(l) => { setLanguage(l); setState('idle'); }} />
          <Deadlines draft={draft} onEdit={edit} />
          <div class="actions">
            <button type="submit" class="primary">{value.t('options.save')}</button>
            <button type="button" onClick={reset}>{value.t('options.reset')}</button>
          </div>
          <p class={`state state-${state}`} role="status" aria-live="polite">
            {state === 'saved' ? value.t('options.saved') : state === 'invalid' ? value.t('options.invalid') : ''}
          </p>
        </form>
      </main>
    </LangContext.Provider>
  );
}

function LanguageField({ value, onChange }: { value: LanguageSetting; onChange: (l: LanguageSetting) => void }) {
  const { t } = useLang();
  const choices: { value: LanguageSetting; label: string; lang?: string }[] = [
    { value: 'auto', label: t('options.language.auto') },
    { value: 'zh', label: '中文', lang: 'zh-CN' },
    { value: 'en', label: 'English', lang: 'en' },
  ];
  return (
    <fieldset>
      <legend>{t('options.language')}</legend>
      {choices.map((c) => (
        <label key={c.value} class="choice" lang={c.lang}>
          <input type="radio" name="language" value={c.value} checked={value === c.value} onChange={() => onChange(c.value)} />
          {c.label}
        </label>
      ))}
    </fieldset>
  );
}

function Deadlines({ draft, onEdit }: { draft: Draft; onEdit: (t: IssuerType, f: 'warnAfter' | 'errorAfter', v: string) => void }) {
  const { lang, t } = useLang();
  const field = (type: IssuerType, name: 'warnAfter' | 'errorAfter', optional: boolean) => {
    const text = draft[type][name];
    const invalid = !(optional && text.trim() === '') && !MONTH_DAY.test(text.trim());
    const id = `${type}-${name}`;
    return (
      <td>
        <label class="visually-hidden" for={id}>
          {`${ISSUER_TYPE_WORDS[type][lang]} ${t(name === 'warnAfter' ? 'options.warnAfter' : 'options.errorAfter')}`}
        </label>
        <input
          id={id}
          type="text"
          inputMode="numeric"
          placeholder="MM-DD"
          size={6}
          value={text}
          aria-invalid={invalid}
          aria-describedby="deadlines-help"
          onInput={(e) => onEdit(type, name, (e.target as HTMLInputElement).value)}
        />
      </td>
    );
  };
  return (
    <fieldset>
      <legend>{t('options.deadlines')}</legend>
      <p id="deadlines-help" class="help">{t('options.deadlines.help')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('options.issuer')}</th>
            <th scope="col">{t('options.warnAfter')}</th>
            <th scope="col">{t('options.errorAfter')}</th>
          </tr>
        </thead>
        <tbody>
          {ISSUER_TYPES.map((type) => (
            <tr key={type}>
              <th scope="row">{ISSUER_TYPE_WORDS[type][lang]}</th>
              {field(type, 'warnAfter', true)}
              {field(type, 'errorAfter', false)}
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
}
