// The sent-log: which reminder events were already sent, and which are snoozed until when.
// Persisted beside the vault (holds event ids and dates only: no label, no secret).
import { z } from 'zod';
import { isoDateSchema } from '../domain/key-record';
import { addDaysUtc } from '../findings/time';

export const sentLogSchema = z.strictObject({
  version: z.literal(1),
  /** event id -> when it was sent */
  sent: z.record(z.string().max(200), isoDateSchema),
  /** event id -> not before this instant */
  snoozed: z.record(z.string().max(200), isoDateSchema),
});
export type SentLog = z.infer<typeof sentLogSchema>;

export function emptySentLog(): SentLog {
  return { version: 1, sent: {}, snoozed: {} };
}

/** Records that `ids` were sent at `now`; their snoozes are spent. Returns a new log. */
export function markSent(log: SentLog, ids: readonly string[], now: Date): SentLog {
  const sent = { ...log.sent };
  const snoozed = { ...log.snoozed };
  for (const id of ids) {
    sent[id] = now.toISOString();
    delete snoozed[id];
  }
  return { version: 1, sent, snoozed };
}

/** Snoozing moves an event: it is due again at `until` (and is sent once more then). */
export function snooze(log: SentLog, id: string, until: Date): SentLog {
  const sent = { ...log.sent };
  delete sent[id];
  return { version: 1, sent, snoozed: { ...log.snoozed, [id]: until.toISOString() } };
}

/** How long entries are kept: event ids carry their due date, so old ones never recur. */
export const SENT_LOG_RETENTION_DAYS = 400;

/** Drops entries older than the retention period, so the file does not grow forever. */
export function pruneSentLog(log: SentLog, now: Date): SentLog {
  const cutoff = addDaysUtc(now, -SENT_LOG_RETENTION_DAYS).getTime();
  const keep = ([, at]: [string, string]) => new Date(at).getTime() >= cutoff;
  const sent = Object.fromEntries(Object.entries(log.sent).filter(keep));
  const snoozed = Object.fromEntries(Object.entries(log.snoozed).filter(keep));
  return { version: 1, sent, snoozed };
}
