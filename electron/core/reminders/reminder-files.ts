// The two non-secret files reminders work from, beside the vault file:
//   reminder-schedule.json  key ids and due dates (no label, no key material), rewritten
//                           whenever the unlocked vault is seen, so reminders work locked;
//   reminders-sent.json     which events were sent or snoozed.
// Both are written atomically. A missing file is empty; an unreadable one is treated as empty
// (and replaced on the next write) because it holds nothing that cannot be rebuilt.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import type { ReminderSchedule } from '../../../shared/reminders/schedule';
import type { VaultData } from '../../../shared/domain/key-record';
import {
  emptySchedule,
  reminderScheduleSchema,
  scheduleFromVault,
} from '../../../shared/reminders/schedule';
import type { SentLog } from '../../../shared/reminders/sent-log';
import { emptySentLog, sentLogSchema } from '../../../shared/reminders/sent-log';
import { writeFileAtomic } from '../vault/atomic-write';

export const SCHEDULE_FILE = 'reminder-schedule.json';
export const SENT_LOG_FILE = 'reminders-sent.json';

export const schedulePath = (dir: string) => path.join(dir, SCHEDULE_FILE);
export const sentLogPath = (dir: string) => path.join(dir, SENT_LOG_FILE);

async function readJson<T>(file: string, schema: z.ZodType<T>, empty: () => T): Promise<T> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return empty();
    throw error;
  }
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : empty();
  } catch {
    return empty();
  }
}

export function readSchedule(dir: string): Promise<ReminderSchedule> {
  return readJson(schedulePath(dir), reminderScheduleSchema, emptySchedule);
}

export function readSentLog(dir: string): Promise<SentLog> {
  return readJson(sentLogPath(dir), sentLogSchema, emptySentLog);
}

export async function writeSchedule(dir: string, schedule: ReminderSchedule): Promise<void> {
  await writeFileAtomic(schedulePath(dir), `${JSON.stringify(schedule, null, 2)}\n`);
}

export async function writeSentLog(dir: string, log: SentLog): Promise<void> {
  await writeFileAtomic(sentLogPath(dir), `${JSON.stringify(log, null, 2)}\n`);
}

/** Rewrites the schedule file from the vault when its dates changed; returns the schedule. */
export async function syncScheduleFile(dir: string, data: VaultData): Promise<ReminderSchedule> {
  const schedule = scheduleFromVault(data);
  const current = await readSchedule(dir);
  if (JSON.stringify(current) !== JSON.stringify(schedule)) await writeSchedule(dir, schedule);
  return schedule;
}
