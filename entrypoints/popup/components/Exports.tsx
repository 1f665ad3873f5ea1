// Copy and export, all from the popup (a secure context), never from the page, which may be plain
// http. The English UI copies and exports English.
import { useState } from 'preact/hooks';
import type { AuditResult } from '../../../lib/schema/audit';
import { formatSummary } from '../../../lib/format/summary';
import { formatMarkdown } from '../../../lib/format/markdown';
import { formatCsv } from '../../../lib/format/csv';
import { exportFileName, formatJson } from '../../../lib/format/json';
import type { MessageKey } from '../../../lib/i18n';
import { useLang } from './lang';

function download(text: string, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function Exports({ result }: { result: AuditResult }) {
  const { lang, t } = useLang();
  const [state, setState] = useState<MessageKey | null>(null);
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setState('export.copied');
    } catch {
      setState('export.copyFailed');
    }
  };
  const save = (text: string, type: string, extension: 'json' | 'csv') => {
    download(text, type, exportFileName(result, extension));
    setState('export.saved');
  };
  return (
    <section class="exports" aria-labelledby="exports-title">
      <h2 id="exports-title" class="visually-hidden">{t('export.label')}</h2>
      <div class="buttons">
        <button type="button" class="primary copy-summary" onClick={() => copy(formatSummary(result, { lang }))}>
          {t('export.copySummary')}
        </button>
        <button type="button" class="copy-markdown" onClick={() => copy(formatMarkdown(result, { lang }))}>
          {t('export.copyMarkdown')}
        </button>
        <button type="button" class="download-json" onClick={() => save(formatJson(result), 'application/json', 'json')}>
          {t('export.json')}
        </button>
        <button type="button" class="download-csv" onClick={() => save(formatCsv(result, { lang }), 'text/csv;charset=utf-8', 'csv')}>
          {t('export.csv')}
        </button>
      </div>
      <p class="copy-state" role="status" aria-live="polite">
        {state ? t(state) : ''}
      </p>
    </section>
  );
}
