import { useTranslation } from 'react-i18next';
import type { HistoryEvent } from '../../../../shared/domain/key-record';
import { formatDateTime } from '../../lib/format';
import { historyEventWords } from '../../lib/history-words';

/** The key's append-only history, newest first. It never holds a secret. */
export function KeyHistory({ history }: { history: readonly HistoryEvent[] }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">{t('detail.history')}</h2>
      <ol className="plain-list history" data-testid="history">
        {[...history].reverse().map((event, i) => (
          <li key={`${event.at}:${i}`} data-type={event.type}>
            <time dateTime={event.at} className="muted">
              {formatDateTime(event.at, i18n.language)}
            </time>{' '}
            <strong>{t(`history.${event.type}`, { defaultValue: event.type })}</strong>
            {historyEventWords(event, t).map((words) => ` · ${words}`)}
          </li>
        ))}
      </ol>
    </section>
  );
}
