// "Needs attention" on the Keys screen: the reminders due now (rotation, audit, Binance lapse,
// expiry), each with a way to it and a snooze (snooze-controls.tsx). A snoozed reminder
// leaves this strip and sends no notification until then. Snoozed reminders are not shown here (the findings screen lists them).
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReminderView } from '../../../shared/ipc/views';
import { api, call, errorText } from '../lib/api';
import { reminderTexts } from '../lib/finding-text';
import { formatDay } from '../lib/format';
import { useVault } from '../store/vault-store';
import { useView } from '../store/view-store';
import { SnoozeControls } from './snooze-controls';

export function NeedsAttention() {
  const { t } = useTranslation();
  const notify = useView((s) => s.notify);
  // A change to the vault (an edit, a rotation, the CLI) can settle or move a reminder.
  const keys = useVault((s) => s.keys);
  const [reminders, setReminders] = useState<ReminderView[] | null>(null);

  const load = useCallback(
    () =>
      call(api().reminders.list())
        .then(setReminders)
        .catch((e: unknown) => notify({ kind: 'error', text: errorText(e) })),
    [notify],
  );
  useEffect(() => {
    void load();
  }, [load, keys]);

  const due = (reminders ?? []).filter((r) => !r.snoozed);
  if (due.length === 0) return null;
  return (
    <section className="card attention" aria-labelledby="attention-title" data-testid="attention">
      <h2 id="attention-title">{t('todo.attention.title', { count: due.length })}</h2>
      <ul className="plain-list">
        {due.map((r) => (
          <AttentionItem key={r.id} reminder={r} onChanged={load} />
        ))}
      </ul>
    </section>
  );
}

function AttentionItem({
  reminder,
  onChanged,
}: {
  reminder: ReminderView;
  onChanged: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const go = useView((s) => s.go);
  const text = reminderTexts(reminder, t, i18n.language);
  return (
    <li className="attention-item" data-kind={reminder.kind} data-reminder-id={reminder.id}>
      <div>
        <strong>{text.title}</strong>{' '}
        <span className="muted">{formatDay(reminder.params.date, i18n.language)}</span>
        <p>{text.body}</p>
      </div>
      <SnoozeControls reminderId={reminder.id} title={text.title} onSnoozed={onChanged}>
        {reminder.keyId ? (
          <button type="button" onClick={() => go({ name: 'key', keyId: reminder.keyId! })}>
            {t('reminders.open')}
          </button>
        ) : (
          <button type="button" onClick={() => go({ name: 'audit' })}>
            {t('todo.attention.openAudit')}
          </button>
        )}
      </SnoozeControls>
    </li>
  );
}
