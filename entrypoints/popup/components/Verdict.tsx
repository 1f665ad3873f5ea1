// The report's facts and the three counts the badge is built from (the same stored result).
import type { AuditResult } from '../../../lib/schema/audit';
import { templateWord } from '../../../lib/format/labels';
import { useLang } from './lang';

export function Verdict({ result }: { result: AuditResult }) {
  const { lang, t } = useLang();
  const { report } = result;
  return (
    <section class="facts" aria-labelledby="report-title">
      <h2 class="title" id="report-title">{report.title || result.page.title}</h2>
      <dl>
        <div>
          <dt>{t('report.year')}</dt>
          <dd>{report.year ?? t('report.unknown')}</dd>
        </div>
        <div>
          <dt>{t('report.template')}</dt>
          <dd>{templateWord(report.template, lang)}</dd>
        </div>
        {report.agency ? (
          <div>
            <dt>{t('report.agency')}</dt>
            <dd>{report.agency}</dd>
          </div>
        ) : null}
      </dl>
      {result.status === 'audited' ? <Counts counts={result.counts} /> : null}
    </section>
  );
}

function Counts({ counts }: { counts: AuditResult['counts'] }) {
  const { t } = useLang();
  return (
    <ul class="counts" aria-label={t('counts.label')}>
      <li class="count count-error">
        <strong>{counts.error}</strong> {t('counts.error')}
      </li>
      <li class="count count-warning">
        <strong>{counts.warning}</strong> {t('counts.warning')}
      </li>
      <li class="count count-review">
        <strong>{counts.needsReview}</strong> {t('counts.review')}
      </li>
    </ul>
  );
}
