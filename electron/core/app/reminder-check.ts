// Connects the Domain's ReminderService to the app: one check sends what is due (labels only
// while unlocked), and reports how many keys need attention for the tray.
import type { ReminderService } from '../reminders/reminder-service';
import type { VaultSession } from './vault-session';

/** The vault's data when unlocked, undefined when locked (reminders then name no key). */
export async function dataIfUnlocked(session: VaultSession) {
  return session.isUnlocked ? session.requireOpen().store.read() : undefined;
}

export function createReminderCheck(deps: {
  session: VaultSession;
  reminders: ReminderService;
  onAttention: (count: number) => void;
}): () => Promise<void> {
  return async () => {
    const data = await dataIfUnlocked(deps.session);
    await deps.reminders.check(data);
    const current = await deps.reminders.list(data);
    deps.onAttention(
      new Set(current.filter((r) => !r.snoozed).map((r) => r.keyId ?? 'audit')).size,
    );
  };
}
