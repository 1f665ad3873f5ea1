// Severity filter as native radio buttons: keyboard use and labels come with them.
import type { Finding } from '../../../lib/schema/audit';
import type { MessageKey } from '../../../lib/i18n';
import { useLang } from './lang';

export type FindingKind = 'error' | 'warning' | 'review' | 'info';
export type Filter = 'all' | FindingKind;

export function kindOf(f: Finding): FindingKind {
  if (f.outcome === 'needs-review') return 'review';
  return f.severity;
}

const FILTERS: { value: Filter; key: MessageKey }[] = [
  { value: 'all', key: 'filter.all' },
  { value: 'error', key: 'filter.error' },
  { value: 'warning', key: 'filter.warning' },
  { value: 'review', key: 'filter.review' },
  { value: 'info', key: 'filter.info' },
];

export function Filters({ findings, value, onChange }: { findings: Finding[]; value: Filter; onChange: (f: Filter) => void }) {
  const { t } = useLang();
  const count = (filter: Filter) => (filter === 'all' ? findings.length : findings.filter((f) => kindOf(f) === filter).length);
  return (
    <fieldset class="filters">
      <legend>{t('filter.label')}</legend>
      {FILTERS.filter((f) => f.value === 'all' || f.value === value || count(f.value) > 0).map((f) => (
        <label key={f.value} class={`filter filter-${f.value}`}>
          <input
            type="radio"
            name="severity"
            value={f.value}
            checked={value === f.value}
            onChange={() => onChange(f.value)}
          />
          {t(f.key)} ({count(f.value)})
        </label>
      ))}
    </fieldset>
  );
}
