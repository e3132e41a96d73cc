// Notification text for a reminder event. Unlocked, the caller passes a label map and the
// text names the key; locked, there is no map and the text names no key (the schedule file
// beside the vault has ids only, and a notification may show on a lock screen).
import { isoDay, plural } from '../findings/time';
import type { ReminderEvent } from './reminder-events';

export interface ReminderText {
  title: string;
  body: string;
}

export type LabelMap = ReadonlyMap<string, string>;

function subject(event: ReminderEvent, labels: LabelMap | undefined): string {
  const label = event.keyId ? labels?.get(event.keyId) : undefined;
  return label === undefined ? 'An API key' : `"${label}"`;
}

export function reminderText(event: ReminderEvent, labels?: LabelMap): ReminderText {
  const who = subject(event, labels);
  const day = isoDay(new Date(event.dueAt));
  const unlockHint = event.keyId && who === 'An API key' ? ' Unlock Keyward to see which.' : '';
  switch (event.kind) {
    case 'rotation-due-soon':
      return {
        title: 'Key rotation coming up',
        body: `${who} is due for rotation in ${plural(event.daysLeft ?? 0, 'day')} (${day}).${unlockHint}`,
      };
    case 'rotation-due':
      return {
        title: 'Key rotation due',
        body: `${who} is due for rotation (${day}): create a new key, update the service, then delete the old one.${unlockHint}`,
      };
    case 'rotation-overdue':
      return {
        title: 'Key rotation overdue',
        body: `${who} was due for rotation on ${day}, ${plural(event.weeksOverdue ?? 1, 'week')} ago.${unlockHint}`,
      };
    case 'trading-lapse':
      return {
        title: 'Binance will remove trading permission',
        body: `${who} has Spot & Margin Trading without an IP whitelist: Binance removes it on ${day} (in ${plural(event.daysLeft ?? 0, 'day')}). Add an IP whitelist to keep it.${unlockHint}`,
      };
    case 'audit-due':
      return {
        title: 'Monthly key audit due',
        body: `Your monthly API key audit is due (since ${day}): review keys, delete unused ones, check permissions and IP whitelists.`,
      };
    case 'audit-overdue':
      return {
        title: 'Key audit long overdue',
        body: `Your API key audit has been due since ${day}, more than two months: run it now.`,
      };
  }
}
