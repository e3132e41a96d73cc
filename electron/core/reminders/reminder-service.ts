// Sends reminder notifications: each event once, across restarts, also while the vault is
// locked. Unlocked, the caller passes the vault data: the schedule file is refreshed from it
// and messages name the key by label. Locked, the schedule file is all there is: messages
// name no key. The sent-log is written before the notifier is called, so a crash can lose a
// notification but never repeat one (DESIGN.md: no repeats for the same event).
import type { VaultData } from '../../../shared/domain/key-record';
import type { DueReminder } from '../../../shared/reminders/due-reminders';
import { describeReminders, dueReminders } from '../../../shared/reminders/due-reminders';
import type { ReminderSchedule } from '../../../shared/reminders/schedule';
import { scheduleFromVault } from '../../../shared/reminders/schedule';
import { markSent, pruneSentLog, snooze } from '../../../shared/reminders/sent-log';
import { addDaysUtc, isoDay } from '../../../shared/findings/time';
import type { Clock, NotifierPort } from '../app/ports';
import { systemClock } from '../app/ports';
import { KeywardError } from '../errors';
import { readSchedule, readSentLog, syncScheduleFile, writeSentLog } from './reminder-files';

export interface ReminderServiceDeps {
  /** The vault folder; the reminder files live beside the vault file. */
  dir: string;
  notifier: NotifierPort;
  clock?: Clock;
}

/** The furthest a reminder can be snoozed to a chosen day. */
export const MAX_SNOOZE_DAYS = 366;

export type ListedReminder = DueReminder & { sent: boolean; snoozed: boolean };

function labelsOf(data: VaultData): Map<string, string> {
  return new Map(data.keys.map((k) => [k.id, k.label]));
}

export class ReminderService {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly clock: Clock;

  constructor(private readonly deps: ReminderServiceDeps) {
    this.clock = deps.clock ?? systemClock;
  }

  /** One at a time: two overlapping checks must not both send the same event. */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Rewrites the schedule file when the vault's dates changed (no label ever goes there). */
  syncSchedule(data: VaultData): Promise<ReminderSchedule> {
    return syncScheduleFile(this.deps.dir, data);
  }

  private async scheduleFor(data: VaultData | undefined): Promise<ReminderSchedule> {
    return data ? this.syncSchedule(data) : readSchedule(this.deps.dir);
  }

  /**
   * Sends what is due now and not sent yet; returns what was sent. Pass the vault data when
   * unlocked; omit it when locked.
   */
  check(data?: VaultData): Promise<DueReminder[]> {
    return this.serial(async () => {
      const now = this.clock();
      const schedule = await this.scheduleFor(data);
      const log = await readSentLog(this.deps.dir);
      const due = dueReminders(schedule, now, log, data ? labelsOf(data) : undefined);
      if (due.length === 0) return [];
      await writeSentLog(
        this.deps.dir,
        pruneSentLog(
          markSent(
            log,
            due.map((r) => r.id),
            now,
          ),
          now,
        ),
      );
      for (const r of due)
        this.deps.notifier.notify({
          title: r.title,
          body: r.body,
          keyId: r.keyId,
          notice: { kind: 'reminder', reminder: r.kind, params: r.params },
        });
      return due;
    });
  }

  /** What is current, sent or not, without sending anything (`keyward reminders`, the UI). */
  async list(data?: VaultData, now: Date = this.clock()): Promise<ListedReminder[]> {
    const schedule = data ? scheduleFromVault(data) : await readSchedule(this.deps.dir);
    const log = await readSentLog(this.deps.dir);
    return describeReminders(schedule, now, log, data ? labelsOf(data) : undefined);
  }

  /** Moves an event (and its later stages) `days` ahead: it is sent (once more) then. */
  snooze(id: string, days: number): Promise<void> {
    return this.serial(async () => {
      if (!Number.isInteger(days) || days < 1 || days > 90) {
        throw new KeywardError('invalid-input', 'A reminder can be snoozed for 1 to 90 days.');
      }
      await this.writeSnooze(id, addDaysUtc(this.clock(), days));
    });
  }

  /**
   * Snoozes an event (and its later stages) until the start (UTC, like every date of the
   * findings and reminders) of `day`, YYYY-MM-DD: tomorrow at the earliest, a year at most.
   */
  snoozeUntil(id: string, day: string): Promise<void> {
    return this.serial(async () => {
      const until = /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T00:00:00Z`) : null;
      const now = this.clock();
      if (!until || Number.isNaN(until.getTime()) || isoDay(until) !== day) {
        throw new KeywardError('invalid-input', 'Give the day as YYYY-MM-DD, e.g. 2026-05-01.');
      }
      if (until <= now || until > addDaysUtc(now, MAX_SNOOZE_DAYS)) {
        throw new KeywardError(
          'invalid-input',
          `Choose a day after today and at most ${MAX_SNOOZE_DAYS} days ahead.`,
        );
      }
      await this.writeSnooze(id, until);
    });
  }

  private async writeSnooze(id: string, until: Date): Promise<void> {
    if (!/^(rotation|lapse|expiry|audit):[^\s]{1,190}$/.test(id)) {
      throw new KeywardError('invalid-input', 'That is not a reminder id.');
    }
    const log = await readSentLog(this.deps.dir);
    await writeSentLog(this.deps.dir, snooze(log, id, until));
  }
}
