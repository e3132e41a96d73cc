// The one outward shape of a listed reminder: what the UI receives over IPC and what
// `keyward reminders --json` prints. Holds no secret; names a key only when unlocked.
import type { ReminderView } from '../../../shared/ipc/views';
import type { ListedReminder } from './reminder-service';

export function toReminderView(r: ListedReminder): ReminderView {
  return {
    id: r.id,
    kind: r.kind,
    keyId: r.keyId,
    dueAt: r.dueAt,
    title: r.title,
    message: r.body,
    params: r.params,
    sent: r.sent,
    snoozed: r.snoozed,
  };
}
