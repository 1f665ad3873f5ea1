// The popup: find the tab, read its stored result, audit on demand, show it in the UI language.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { AuditResult } from '../../lib/schema/audit';
import {
  auditNow,
  clearHighlightInTab,
  findTabId,
  highlightInTab,
  loadUiLang,
  requestResult,
  waitForResult,
} from '../../lib/extension/popup-api';
import { htmlLang, type Lang } from '../../lib/i18n';
import { ResultView, type PageLink } from './components/ResultView';
import { Notice } from './components/Notice';
import { LangContext, langValue, useLang } from './components/lang';

const AUDIT_TIMEOUT_MS = 20_000;

type State =
  | { kind: 'loading' }
  | { kind: 'result'; result: AuditResult; tabId: number }
  | { kind: 'no-tab' }
  | { kind: 'cannot-inject'; detail: string }
  | { kind: 'timeout' };

async function load(search: string): Promise<State> {
  const tabId = await findTabId(search);
  if (tabId === null) return { kind: 'no-tab' };
  const stored = await requestResult(tabId);
  if (stored) return { kind: 'result', result: stored, tabId };
  // Listen before injecting, so that a fast audit is not missed.
  const waiting = waitForResult(tabId, AUDIT_TIMEOUT_MS);
  try {
    await auditNow(tabId);
  } catch (err) {
    return { kind: 'cannot-inject', detail: err instanceof Error ? err.message : String(err) };
  }
  const result = (await waiting) ?? (await requestResult(tabId));
  return result ? { kind: 'result', result, tabId } : { kind: 'timeout' };
}

function pageLink(tabId: number): PageLink {
  return {
    highlight: (targets, scroll) => highlightInTab(tabId, targets, scroll),
    clear: () => clearHighlightInTab(tabId),
  };
}

export function App({ search }: { search: string }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [lang, setLang] = useState<Lang | null>(null);
  useEffect(() => {
    loadUiLang().then(setLang, () => setLang('zh'));
    load(search).then(setState, (err: unknown) =>
      setState({ kind: 'cannot-inject', detail: err instanceof Error ? err.message : String(err) }),
    );
  }, [search]);
  useEffect(() => {
    if (lang) document.documentElement.lang = htmlLang(lang);
  }, [lang]);
  const value = useMemo(() => (lang ? langValue(lang) : null), [lang]);
  if (!value) return <main class="popup" aria-busy="true" />;

  return (
    <LangContext.Provider value={value}>
      <main class="popup">
        <header class="brand">
          <h1>{value.t('app.name')}</h1>
          <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
            {value.t('options.openSettings')}
          </button>
        </header>
        <Body state={state} />
      </main>
    </LangContext.Provider>
  );
}

function Body({ state }: { state: State }) {
  const { t } = useLang();
  switch (state.kind) {
    case 'loading':
      return <Notice busy text={t('state.loading')} />;
    case 'no-tab':
      return <Notice tone="error" text={t('state.noTab')} />;
    case 'cannot-inject':
      return <Notice tone="error" text={t('state.cannotInject')} detail={state.detail} />;
    case 'timeout':
      return <Notice tone="error" text={t('state.timeout')} />;
    case 'result':
      return <ResultView result={state.result} page={pageLink(state.tabId)} />;
  }
}
