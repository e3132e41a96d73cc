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

/**
 * What a snooze covers: the event's subject, its id without the stage ("rotation:<key>:<due
 * day>" of "rotation:<key>:<due day>:d7"), so a snoozed rotation stays quiet when it moves on
 * to its next stage (d7 -> d1 -> due) before the snooze ends; a rotated key (new due day) or
 * the next audit is a new subject and is not covered.
 */
export function snoozeSubject(id: string): string {
  const cut = id.lastIndexOf(':');
  return cut > 0 ? id.slice(0, cut) : id;
}

/** The instant `id` is snoozed until (by its subject, or by itself in an older log). */
export function snoozedUntil(log: SentLog, id: string): string | undefined {
  const bySubject = log.snoozed[snoozeSubject(id)];
  const byId = log.snoozed[id];
  if (bySubject === undefined) return byId;
  if (byId === undefined) return bySubject;
  return bySubject > byId ? bySubject : byId;
}

/** Records that `ids` were sent at `now`; their (ended) snoozes are spent. Returns a new log. */
export function markSent(log: SentLog, ids: readonly string[], now: Date): SentLog {
  const sent = { ...log.sent };
  const snoozed = { ...log.snoozed };
  for (const id of ids) {
    sent[id] = now.toISOString();
    delete snoozed[id];
    delete snoozed[snoozeSubject(id)];
  }
  return { version: 1, sent, snoozed };
}

/**
 * Snoozing moves an event and the later stages of its subject: none is shown as due or sent
 * before `until`; then the stage current at that time is sent (once more, if it is this one).
 */
export function snooze(log: SentLog, id: string, until: Date): SentLog {
  const sent = { ...log.sent };
  delete sent[id];
  const snoozed = { ...log.snoozed };
  delete snoozed[id];
  snoozed[snoozeSubject(id)] = until.toISOString();
  return { version: 1, sent, snoozed };
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
