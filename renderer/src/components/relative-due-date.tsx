// A key's rotation due date as the list says it ("Rotate in 12 days"), coloured by urgency;
// the full date stays in the tooltip.
import { useTranslation } from 'react-i18next';
import { formatDate } from '../lib/format';
import { relativeDue } from '../lib/relative-due';

export function RelativeDueDate({ dueAt, now }: { dueAt: string; now: Date }) {
  const { t, i18n } = useTranslation();
  const { urgency, days, distance } = relativeDue(dueAt, now, i18n.language);
  const date = formatDate(dueAt, i18n.language);
  const text =
    days === 0
      ? t('keyList.dueToday')
      : days < 0
        ? t('keyList.overdue', { distance })
        : t('keyList.dueIn', { distance });
  return (
    <span
      className={`due due-${urgency}`}
      data-urgency={urgency}
      data-testid="relative-due"
      title={t('list.due', { date })}
    >
      {text}
    </span>
  );
}
