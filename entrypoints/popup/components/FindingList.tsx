// Findings grouped like the summary (结构 / 表二 / 表三 / 表四 / 正文 / 日期 / 文字), errors first. Page
// snippets are hostile data and are only ever rendered as text.
import type { Finding } from '../../../lib/schema/audit';
import { findingWord, GROUP_WORDS } from '../../../lib/format/labels';
import { GROUP_ORDER } from '../../../lib/format/summary';
import { locationText } from '../../../lib/format/locations';
import { kindOf, type FindingKind } from './Filters';
import { useLang } from './lang';

const KIND_RANK: Record<FindingKind, number> = { error: 0, warning: 1, review: 2, info: 3 };
const MAX_PLACES = 6;

export interface Indexed {
  finding: Finding;
  /** Position in result.findings: the key for highlighting. */
  index: number;
}

export interface FindingActions {
  /** Undefined when the page cannot be marked (no tab, or nothing to point at). */
  onShow?: (item: Indexed) => void;
  active: number | 'all' | null;
  status: { index: number; text: string } | null;
}

export function FindingGroups({ items, actions }: { items: Indexed[]; actions: FindingActions }) {
  const { lang, t } = useLang();
  if (items.length === 0) return <p class="none">{t('filter.empty')}</p>;
  return (
    <section class="groups" aria-labelledby="findings-title">
      <h2 id="findings-title" class="visually-hidden">{t('findings.label')}</h2>
      {GROUP_ORDER.map((group) => {
        const inGroup = items
          .filter((item) => item.finding.group === group)
          .sort((a, b) => KIND_RANK[kindOf(a.finding)] - KIND_RANK[kindOf(b.finding)] || a.index - b.index);
        if (inGroup.length === 0) return null;
        return (
          <section key={group} class="group" aria-labelledby={`group-${group}`}>
            <h3 id={`group-${group}`}>{GROUP_WORDS[lang][group]}</h3>
            <ol class="findings">
              {inGroup.map((item) => (
                <FindingItem key={item.index} item={item} actions={actions} />
              ))}
            </ol>
          </section>
        );
      })}
    </section>
  );
}

function FindingItem({ item, actions }: { item: Indexed; actions: FindingActions }) {
  const { lang, t } = useLang();
  const f = item.finding;
  const kind = kindOf(f);
  const places = f.locators.map(locationText).filter((s) => s.length > 0);
  const canShow = actions.onShow !== undefined && f.locators.length > 0;
  const status = actions.status?.index === item.index ? actions.status.text : '';
  return (
    <li class={`finding finding-${kind}`} data-rule={f.ruleId}>
      <div class="finding-head">
        <span class="rule">{f.ruleId}</span>
        <span class={`sev sev-${kind}`}>{findingWord(f, lang)}</span>
      </div>
      {canShow ? (
        <button
          type="button"
          class="finding-title finding-show"
          aria-pressed={actions.active === item.index}
          title={t('finding.show')}
          onClick={() => actions.onShow?.(item)}
        >
          {f.title[lang]}
        </button>
      ) : (
        <p class="finding-title">{f.title[lang]}</p>
      )}
      <p class="finding-message">{f.message[lang]}</p>
      {f.expected !== null || f.actual !== null ? (
        <dl class="expect">
          <div>
            <dt>{t('finding.expected')}</dt>
            <dd>{f.expected ?? '—'}</dd>
          </div>
          <div>
            <dt>{t('finding.actual')}</dt>
            <dd>{f.actual ?? '—'}</dd>
          </div>
        </dl>
      ) : null}
      {places.length > 0 ? (
        <div class="where">
          <span class="where-label">{t('finding.where')}</span>
          <ul>
            {places.slice(0, MAX_PLACES).map((s, i) => (
              <li key={i}>{s}</li>
            ))}
            {places.length > MAX_PLACES ? <li>{t('finding.more', { n: places.length - MAX_PLACES })}</li> : null}
          </ul>
        </div>
      ) : null}
      <p class="show-state" role="status">{status}</p>
    </li>
  );
}
