// The non-secret reminder schedule: key ids and dates only, no label, no service, no key
// material. Core writes it beside the vault whenever the vault changes, so reminders still
// work while the vault is locked.
import { z } from 'zod';
import type { VaultData } from '../domain/key-record';
import { isoDateSchema } from '../domain/key-record';
import { auditDue, binanceTradingLapse, isLiveKey, rotationDue } from '../findings/due-dates';

export const reminderScheduleSchema = z.strictObject({
  version: z.literal(1),
  keys: z
    .array(
      z.strictObject({
        id: z.string().min(1).max(64),
        rotationDueAt: isoDateSchema,
        /** Binance lapses Spot & Margin trading then (no IP whitelist); null: does not apply. */
        tradingLapseAt: isoDateSchema.nullable(),
        /** When the exchange said (at the last check) the key expires; absent: unknown. */
        expiresAt: isoDateSchema.nullable().optional(),
      }),
    )
    .max(100_000),
  auditDueAt: isoDateSchema.nullable(),
});
export type ReminderSchedule = z.infer<typeof reminderScheduleSchema>;
export type ScheduledKey = ReminderSchedule['keys'][number];

export function emptySchedule(): ReminderSchedule {
  return { version: 1, keys: [], auditDueAt: null };
}

/** The schedule of a vault: its live keys (active or rotating) and the audit. */
export function scheduleFromVault(data: VaultData): ReminderSchedule {
  const keys = data.keys.filter(isLiveKey).map((key) => {
    const expiresAt = key.lastCheck?.exchange?.expiresAt ?? null;
    return {
      id: key.id,
      rotationDueAt: rotationDue(key).toISOString(),
      tradingLapseAt: binanceTradingLapse(key)?.toISOString() ?? null,
      ...(expiresAt !== null && { expiresAt }),
    };
  });
  return { version: 1, keys, auditDueAt: auditDue(data)?.toISOString() ?? null };
}
