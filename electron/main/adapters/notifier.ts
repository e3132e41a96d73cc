// System notifications for reminders. Clicking one opens the app on that key. The text comes
// from core, which leaves labels out while the vault is locked.
import { Notification } from 'electron';
import type { NotifierPort } from '../../core/app/ports';

export function electronNotifier(onOpenKey: (keyId: string | null) => void): NotifierPort {
  return {
    notify: ({ title, body, keyId }) => {
      if (!Notification.isSupported()) return;
      const notification = new Notification({ title, body, silent: false });
      notification.on('click', () => onOpenKey(keyId));
      notification.show();
    },
  };
}
