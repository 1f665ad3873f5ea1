// One stored audit result: verdict, reading report, filters, findings, outlines on the page, exports.
import { useMemo, useState } from 'preact/hooks';
import type { AuditResult, Finding } from '../../../lib/schema/audit';
import type { HighlightTarget } from '../../../lib/extension/protocol';
import { Notice } from './Notice';
import { Verdict } from './Verdict';
import { ReadingReport } from './ReadingReport';
import { Filters, kindOf, type Filter } from './Filters';
import { FindingGroups, type FindingActions, type Indexed } from './FindingList';
import { Exports } from './Exports';
import { useLang } from './lang';

/** Talks to the page; absent in tests of the view alone and when there is no tab. */
export interface PageLink {
  highlight(targets: HighlightTarget[], scroll: boolean): Promise<{ found: number; missing: number }>;
  clear(): Promise<void>;
}

/** One label per finding, on its first place: a label on every blank cell would hide the table. */
function targetsOf(f: Finding, lang: 'zh' | 'en'): HighlightTarget[] {
  return f.locators.map((l, i) => ({
    selector: l.selector,
    snippet: l.snippet,
    label: i === 0 ? `${f.ruleId} ${f.title[lang]}`.slice(0, 200) : '',
    severity: f.outcome === 'needs-review' && f.severity === 'error' ? 'warning' : f.severity,
    ...(l.frame === undefined ? {} : { frame: l.frame }),
  }));
}

export function ResultView({ result, page }: { result: AuditResult; page?: PageLink }) {
  const { t } = useLang();
  if (result.status === 'not-report') return <Notice text={t('state.notReport')} />;
  if (result.status === 'too-large') return <Notice tone="warn" text={t('state.tooLarge')} />;
  return (
    <>
      <Verdict result={result} />
      {result.status === 'old-format' ? <Notice tone="warn" text={t('state.oldFormat')} /> : <Audited result={result} page={page} />}
    </>
  );
}

function Audited({ result, page }: { result: AuditResult; page?: PageLink }) {
  const { lang, t } = useLang();
  const [filter, setFilter] = useState<Filter>('all');
  const [active, setActive] = useState<FindingActions['active']>(null);
  const [status, setStatus] = useState<FindingActions['status']>(null);
  const [allState, setAllState] = useState('');
  const items: Indexed[] = useMemo(() => result.findings.map((finding, index) => ({ finding, index })), [result]);
  const shown = filter === 'all' ? items : items.filter((item) => kindOf(item.finding) === filter);

  const reply = (r: { found: number; missing: number }) =>
    r.found === 0 ? t('finding.notFound') : t('finding.shown', { n: r.found });

  const showOne = async (item: Indexed) => {
    if (!page) return;
    if (active === item.index) {
      await page.clear().catch(() => undefined);
      setActive(null);
      setStatus(null);
      return;
    }
    try {
      const r = await page.highlight(targetsOf(item.finding, lang), true);
      setActive(r.found > 0 ? item.index : null);
      setStatus({ index: item.index, text: reply(r) });
    } catch {
      setStatus({ index: item.index, text: t('highlight.failed') });
    }
    setAllState('');
  };

  const toggleAll = async () => {
    if (!page) return;
    setStatus(null);
    try {
      if (active === 'all') {
        await page.clear();
        setActive(null);
        setAllState('');
        return;
      }
      const r = await page.highlight(shown.flatMap((item) => targetsOf(item.finding, lang)), false);
      setActive(r.found > 0 ? 'all' : null);
      setAllState(reply(r));
    } catch {
      setAllState(t('highlight.failed'));
    }
  };

  const hasPlaces = page !== undefined && result.findings.some((f) => f.locators.length > 0);
  return (
    <>
      {result.reading.partial ? <ReadingReport reading={result.reading} /> : null}
      {result.frames && result.frames.unread.length > 0 ? <UnreadFrames urls={result.frames.unread} /> : null}
      {result.errors.length > 0 ? (
        <Notice tone="warn" text={t('state.ruleErrors', { n: result.errors.length, ids: result.errors.map((e) => e.ruleId).join(', ') })} />
      ) : null}
      {result.findings.length === 0 ? (
        <p class="none">{t('verdict.clean')}</p>
      ) : (
        <>
          <div class="toolbar">
            <Filters findings={result.findings} value={filter} onChange={setFilter} />
            {hasPlaces ? (
              <div class="all">
                <button type="button" class="highlight-all" aria-pressed={active === 'all'} onClick={toggleAll}>
                  {active === 'all' ? t('highlight.clear') : t('highlight.all')}
                </button>
                <span class="all-state" role="status">{allState}</span>
              </div>
            ) : null}
          </div>
          <FindingGroups items={shown} actions={{ onShow: page ? showOne : undefined, active, status }} />
        </>
      )}
      <Exports result={result} />
    </>
  );
}

/** Frames of the page that never sent a snapshot: what is in them was not audited. */
function UnreadFrames({ urls }: { urls: string[] }) {
  const { t } = useLang();
  return (
    <section class="reading frames-unread" aria-label={t('frames.unread')}>
      <p class="reading-note">{t('frames.unread')}</p>
      <ul>
        {urls.slice(0, 20).map((url) => (
          <li key={url}>
            <code>{url}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
