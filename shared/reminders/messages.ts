// Notification text for a reminder event. Unlocked, the caller passes a label map and the
// text names the key; locked, there is no map and the text names no key (the schedule file
// beside the vault has ids only, and a notification may show on a lock screen).
import { isoDay, plural } from '../findings/time';
import type { ReminderEvent } from './reminder-events';

/**
 * What title and body are worded from, so the UI can word them in the user's language: the
 * key's label (absent when the text names no key), the date (YYYY-MM-DD), and `count` (days
 * left, or weeks overdue) where the text has one. The English of the kind's texts with these
 * values is exactly title and body. No secret.
 */
export interface ReminderParams {
  label?: string;
  date: string;
  count?: number;
}

export interface ReminderText {
  title: string;
  body: string;
  params: ReminderParams;
}

export type LabelMap = ReadonlyMap<string, string>;

export function reminderParams(event: ReminderEvent, labels?: LabelMap): ReminderParams {
  const label = event.keyId ? labels?.get(event.keyId) : undefined;
  const count =
    event.kind === 'rotation-overdue'
      ? (event.weeksOverdue ?? 1)
      : event.kind === 'rotation-due-soon' ||
          event.kind === 'trading-lapse' ||
          event.kind === 'exchange-expiry'
        ? (event.daysLeft ?? 0)
        : undefined;
  return {
    ...(label !== undefined && { label }),
    date: isoDay(new Date(event.dueAt)),
    ...(count !== undefined && { count }),
  };
}

export function reminderText(event: ReminderEvent, labels?: LabelMap): ReminderText {
  const params = reminderParams(event, labels);
  const { label, date: day, count = 0 } = params;
  const who = label === undefined ? 'An API key' : `"${label}"`;
  const unlockHint = event.keyId && label === undefined ? ' Unlock Keyward to see which.' : '';
  switch (event.kind) {
    case 'rotation-due-soon':
      return {
        title: 'Key rotation coming up',
        body: `${who} is due for rotation in ${plural(count, 'day')} (${day}).${unlockHint}`,
        params,
      };
    case 'rotation-due':
      return {
        title: 'Key rotation due',
        body: `${who} is due for rotation (${day}): create a new key, update the service, then delete the old one.${unlockHint}`,
        params,
      };
    case 'rotation-overdue':
      return {
        title: 'Key rotation overdue',
        body: `${who} was due for rotation on ${day}, ${plural(count, 'week')} ago.${unlockHint}`,
        params,
      };
    case 'trading-lapse':
      return {
        title: 'Binance will remove trading permission',
        body: `${who} has Spot & Margin Trading without an IP whitelist: Binance removes it on ${day} (in ${plural(count, 'day')}). Add an IP whitelist to keep it.${unlockHint}`,
        params,
      };
    case 'exchange-expiry':
      return {
        title: 'API key expires soon',
        body: `The exchange says ${who === 'An API key' ? 'an API key' : who} (or its trading permission) expires on ${day} (in ${plural(count, 'day')}). Bind it to your server's IP address or rotate it.${unlockHint}`,
        params,
      };
    case 'audit-due':
      return {
        title: 'Monthly key audit due',
        body: `Your monthly API key audit is due (since ${day}): review keys, delete unused ones, check permissions and IP whitelists.`,
        params,
      };
    case 'audit-overdue':
      return {
        title: 'Key audit long overdue',
        body: `Your API key audit has been due since ${day}, more than two months: run it now.`,
        params,
      };
  }
}
