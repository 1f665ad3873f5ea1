// The popup: find the tab, read its stored result, audit on demand, show it.
import { useEffect, useState } from 'preact/hooks';
import type { AuditResult } from '../../lib/schema/audit';
import { auditNow, findTabId, requestResult, waitForResult } from '../../lib/extension/popup-api';
import { ResultView } from './components/ResultView';
import { Notice } from './components/Notice';

const AUDIT_TIMEOUT_MS = 20_000;

type State =
  | { kind: 'loading' }
  | { kind: 'result'; result: AuditResult }
  | { kind: 'no-tab' }
  | { kind: 'cannot-inject'; detail: string }
  | { kind: 'timeout' };

async function load(search: string): Promise<State> {
  const tabId = await findTabId(search);
  if (tabId === null) return { kind: 'no-tab' };
  const stored = await requestResult(tabId);
  if (stored) return { kind: 'result', result: stored };
  // Listen before injecting, so that a fast audit is not missed.
  const waiting = waitForResult(tabId, AUDIT_TIMEOUT_MS);
  try {
    await auditNow(tabId);
  } catch (err) {
    return { kind: 'cannot-inject', detail: err instanceof Error ? err.message : String(err) };
  }
  const result = (await waiting) ?? (await requestResult(tabId));
  return result ? { kind: 'result', result } : { kind: 'timeout' };
}

export function App({ search }: { search: string }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    load(search).then(setState, (err: unknown) =>
      setState({ kind: 'cannot-inject', detail: err instanceof Error ? err.message : String(err) }),
    );
  }, [search]);

  return (
    <main class="popup">
      <header class="brand">
        <h1>
          年报核查 <span class="en">Annual Report Auditor</span>
        </h1>
      </header>
      <Body state={state} />
    </main>
  );
}

function Body({ state }: { state: State }) {
  switch (state.kind) {
    case 'loading':
      return <Notice busy zh="正在审核……" en="Auditing…" />;
    case 'no-tab':
      return <Notice tone="error" zh="找不到当前标签页" en="No active tab found" />;
    case 'cannot-inject':
      return (
        <Notice
          tone="error"
          zh="无法在此页面运行审核（浏览器内部页面或受保护页面）"
          en="This page cannot be audited (browser or protected page)"
          detail={state.detail}
        />
      );
    case 'timeout':
      return <Notice tone="error" zh="审核没有结果，请刷新页面后重试" en="No result; reload the page and try again" />;
    case 'result':
      return <ResultView result={state.result} />;
  }
}
