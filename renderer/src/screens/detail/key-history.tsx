import { useTranslation } from 'react-i18next';
import type { HistoryEvent } from '../../../../shared/domain/key-record';
import { formatDateTime } from '../../lib/format';
import { UndoEdit } from './undo-edit';
import { historyEventWords } from '../../lib/history-words';

/**
 * The key's append-only history, newest first. It never holds a secret. An edit that kept its
 * old values (`undo`) can be undone (with `keyId`; older entries cannot).
 */
export function KeyHistory({
  history,
  keyId,
}: {
  history: readonly HistoryEvent[];
  keyId?: string;
}) {
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
            {event.undo && keyId !== undefined && (
              <UndoEdit keyId={keyId} index={history.length - 1 - i} at={event.at} />
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
