// What was read of each table, shown when the reading is partial: unread is never taken for correct.
import type { AuditResult, TableReading } from '../../../lib/schema';
import { TABLE_WORDS } from '../../../lib/format/labels';
import { useLang } from './lang';

const TABLES = ['table2', 'table3', 'table4'] as const;

export function ReadingReport({ reading }: { reading: AuditResult['reading'] }) {
  const { lang, t } = useLang();
  return (
    <section class="reading" aria-labelledby="reading-title">
      <h2 id="reading-title">{t('reading.title')}</h2>
      <p class="reading-note">{t('verdict.partial')}</p>
      <ul>
        {TABLES.map((key) => (
          <TableLine key={key} name={TABLE_WORDS[lang][key]} reading={reading[key]} />
        ))}
      </ul>
    </section>
  );
}

function TableLine({ name, reading }: { name: string; reading: TableReading }) {
  const { t } = useLang();
  if (!reading.found) {
    return (
      <li>
        <strong>{name}</strong> {t('reading.notFound')}
      </li>
    );
  }
  return (
    <li>
      <strong>{name}</strong> {reading.source === 'text' ? t('reading.fromText') : ''}{' '}
      {t('reading.rows', { found: reading.rowsFound, expected: reading.rowsExpected })}
      {' · '}
      {t('reading.columns', { found: reading.columnsFound, expected: reading.columnsExpected })}
      {' · '}
      {t('reading.cells', { read: reading.cellsRead, blank: reading.cellsBlank })}
      {reading.unreadable.length > 0 ? (
        <div class="unreadable">
          {t('reading.unreadable')}
          <ul>
            {reading.unreadable.slice(0, 20).map((u, i) => (
              <li key={i}>
                {t('reading.cell', { row: u.rowId, column: u.column + 1 })}: <q>{u.raw}</q>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </li>
  );
}
