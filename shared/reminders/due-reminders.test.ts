import { describe, expect, it } from 'vitest';
import { daysAfter, makeKey, makeVault, T0 } from '../findings/test-fixtures';
import { describeReminders, dueReminders } from './due-reminders';
import { reminderText } from './messages';
import { currentEvents } from './reminder-events';
import type { ReminderSchedule } from './schedule';
import { reminderScheduleSchema, scheduleFromVault } from './schedule';
import { emptySentLog, markSent, pruneSentLog, snooze, snoozeSubject } from './sent-log';

// One key due for rotation at T0 + 90 days (2026-04-10T12:00Z); audit due 2026-02-10T12:00Z.
const key = makeKey({ id: 'key-1', label: '3Commas - Trading Bot' });
const schedule = scheduleFromVault(makeVault([key]));
const labels = new Map([['key-1', '3Commas - Trading Bot']]);
const due = daysAfter(T0, 90);
const rotationIds = (at: Date, log = emptySentLog()) =>
  dueReminders(schedule, at, log)
    .filter((r) => r.kind.startsWith('rotation'))
    .map((r) => r.id);

describe('scheduleFromVault', () => {
  it('holds key ids and dates only: no label, service, API key or secret', () => {
    const lapsing = makeKey({
      id: 'key-2',
      label: 'Secret Label',
      useCase: 'spot-bot',
      permissions: { read: true, spotMargin: true, futures: false, withdrawals: false },
      ipWhitelist: [],
    });
    const s = scheduleFromVault(
      makeVault([key, lapsing, makeKey({ id: 'gone', status: 'revoked' })]),
    );
    expect(reminderScheduleSchema.parse(s)).toEqual(s);
    expect(s).toEqual({
      version: 1,
      keys: [
        { id: 'key-1', rotationDueAt: '2026-04-10T12:00:00.000Z', tradingLapseAt: null },
        {
          id: 'key-2',
          rotationDueAt: '2026-04-10T12:00:00.000Z',
          tradingLapseAt: '2026-02-09T12:00:00.000Z',
        },
      ],
      auditDueAt: '2026-02-10T12:00:00.000Z',
    });
    const text = JSON.stringify(s);
    for (const k of [key, lapsing]) {
      expect(text).not.toContain(k.label);
      expect(text).not.toContain(k.apiKey);
      expect(text).not.toContain(k.secret);
    }
  });
});

describe('rotation reminders', () => {
  it.each([
    [-15, []],
    [-14, ['rotation:key-1:2026-04-10:d14']],
    [-7.5, ['rotation:key-1:2026-04-10:d14']],
    [-7, ['rotation:key-1:2026-04-10:d7']],
    [-1, ['rotation:key-1:2026-04-10:d1']],
    [-0.01, ['rotation:key-1:2026-04-10:d1']],
    [0, ['rotation:key-1:2026-04-10:due']],
    [6.9, ['rotation:key-1:2026-04-10:due']],
    [7, ['rotation:key-1:2026-04-10:overdue-w1']],
    [14, ['rotation:key-1:2026-04-10:overdue-w2']],
    [50, ['rotation:key-1:2026-04-10:overdue-w7']],
  ] as const)('%d days from the due date: %j', (offset, ids) => {
    expect(rotationIds(daysAfter(due, offset))).toEqual(ids);
  });

  it('sends each event once, then the next stage', () => {
    let log = emptySentLog();
    const at14 = daysAfter(due, -14);
    const first = dueReminders(schedule, at14, log).filter((r) => r.kind === 'rotation-due-soon');
    expect(first.map((r) => r.daysLeft)).toEqual([14]);
    log = markSent(
      log,
      first.map((r) => r.id),
      at14,
    );
    expect(rotationIds(daysAfter(due, -10), log)).toEqual([]);
    expect(rotationIds(daysAfter(due, -7), log)).toEqual(['rotation:key-1:2026-04-10:d7']);
    log = markSent(log, rotationIds(daysAfter(due, 7), log), daysAfter(due, 7));
    expect(rotationIds(daysAfter(due, 13), log)).toEqual([]);
    expect(rotationIds(daysAfter(due, 14), log)).toEqual(['rotation:key-1:2026-04-10:overdue-w2']);
  });

  it('a rotated key (new due date) gets fresh events', () => {
    const rotated = scheduleFromVault(
      makeVault([{ ...key, lastRotatedAt: daysAfter(T0, 100).toISOString() }]),
    );
    const log = markSent(emptySentLog(), ['rotation:key-1:2026-04-10:due'], due);
    const ids = dueReminders(rotated, daysAfter(T0, 176), log).map((r) => r.id);
    expect(ids).toContain('rotation:key-1:2026-07-19:d14');
  });

  it('snoozing moves an event: silent until then, sent once more after', () => {
    const at = daysAfter(due, -7);
    let log = markSent(emptySentLog(), ['rotation:key-1:2026-04-10:d7'], at);
    log = snooze(log, 'rotation:key-1:2026-04-10:d7', daysAfter(at, 2));
    expect(rotationIds(daysAfter(at, 1), log)).toEqual([]);
    expect(rotationIds(daysAfter(at, 2), log)).toEqual(['rotation:key-1:2026-04-10:d7']);
    log = markSent(log, ['rotation:key-1:2026-04-10:d7'], daysAfter(at, 2));
    expect(log.snoozed).toEqual({});
    expect(rotationIds(daysAfter(at, 3), log)).toEqual([]);
  });

  it('a snooze covers the later stages of the same rotation until it ends', () => {
    // Snoozed at the 7-day notice for a week: the 1-day and "due" stages stay quiet too.
    const at = daysAfter(due, -7);
    let log = markSent(emptySentLog(), ['rotation:key-1:2026-04-10:d7'], at);
    log = snooze(log, 'rotation:key-1:2026-04-10:d7', daysAfter(at, 9));
    expect(log.snoozed).toEqual({ 'rotation:key-1:2026-04-10': daysAfter(at, 9).toISOString() });
    for (const day of [1, 6, 7, 8]) expect(rotationIds(daysAfter(at, day), log)).toEqual([]);
    const listed = describeReminders(schedule, daysAfter(at, 8), log, labels);
    expect(listed.find((r) => r.keyId === 'key-1')).toMatchObject({ snoozed: true });
    expect(rotationIds(daysAfter(at, 9), log)).toEqual(['rotation:key-1:2026-04-10:due']);
    log = markSent(log, ['rotation:key-1:2026-04-10:due'], daysAfter(at, 9));
    expect(log.snoozed).toEqual({});
  });

  it('a snooze does not cover the next rotation of the key or another key', () => {
    const log = snooze(emptySentLog(), 'rotation:key-1:2026-04-10:d7', daysAfter(due, 300));
    const rotated = scheduleFromVault(
      makeVault([{ ...key, lastRotatedAt: daysAfter(T0, 100).toISOString() }]),
    );
    expect(dueReminders(rotated, daysAfter(T0, 176), log).map((r) => r.id)).toContain(
      'rotation:key-1:2026-07-19:d14',
    );
    expect(snoozeSubject('audit:2026-02-10:due')).toBe('audit:2026-02-10');
    expect(snoozeSubject('rotation:key-2:2026-04-10:overdue-w1')).toBe('rotation:key-2:2026-04-10');
  });
});

describe('audit and Binance lapse reminders', () => {
  const lapsing = makeKey({
    id: 'bot',
    useCase: 'spot-bot',
    permissions: { read: true, spotMargin: true, futures: false, withdrawals: false },
    ipWhitelist: [],
  });
  const s: ReminderSchedule = scheduleFromVault(makeVault([lapsing]));
  const kinds = (at: Date) => dueReminders(s, at, emptySentLog()).map((r) => `${r.kind}:${r.id}`);

  it('warns 7 days before Binance lapses trading permission, and not after', () => {
    expect(kinds(daysAfter(T0, 22.9))).toEqual([]);
    expect(kinds(daysAfter(T0, 23))).toEqual(['trading-lapse:lapse:bot:2026-02-09:d7']);
    expect(dueReminders(s, daysAfter(T0, 23), emptySentLog())[0]?.daysLeft).toBe(7);
    expect(kinds(daysAfter(T0, 30))).toEqual([]);
  });
  it('reminds of the audit one month after the last, and again when two months overdue', () => {
    expect(kinds(new Date('2026-02-10T12:00:00Z'))).toEqual(['audit-due:audit:2026-02-10:due']);
    expect(kinds(new Date('2026-04-10T12:00:01Z'))).toContain(
      'audit-overdue:audit:2026-02-10:overdue',
    );
  });
});

describe('messages', () => {
  const at = daysAfter(due, -7);
  it('name the key when given labels (unlocked)', () => {
    const [r] = dueReminders(schedule, at, emptySentLog(), labels);
    expect(r?.body).toBe('"3Commas - Trading Bot" is due for rotation in 7 days (2026-04-10).');
    expect(r?.title).toBe('Key rotation coming up');
  });
  it('give the values they are worded from, the label only when unlocked', () => {
    const [named] = dueReminders(schedule, at, emptySentLog(), labels);
    expect(named?.params).toEqual({
      label: '3Commas - Trading Bot',
      date: '2026-04-10',
      count: 7,
    });
    const [anonymous] = dueReminders(schedule, daysAfter(due, 21), emptySentLog());
    expect(anonymous?.params).toEqual({ date: '2026-04-10', count: 3 });
  });
  it('name no key without labels (locked)', () => {
    const list = dueReminders(schedule, daysAfter(due, 21), emptySentLog());
    for (const r of list) expect(r.body).not.toContain('3Commas');
    expect(list[0]?.body).toBe(
      'An API key was due for rotation on 2026-04-10, 3 weeks ago. Unlock Keyward to see which.',
    );
    expect(list[0]?.keyId).toBe('key-1');
  });
  it('describeReminders lists current events with their sent and snoozed state', () => {
    const log = markSent(emptySentLog(), ['rotation:key-1:2026-04-10:d7'], at);
    const list = describeReminders(schedule, at, log, labels);
    expect(list.map((r) => [r.id, r.sent, r.snoozed])).toEqual([
      ['rotation:key-1:2026-04-10:d7', true, false],
      ['audit:2026-02-10:due', false, false],
    ]);
    const snoozed = describeReminders(schedule, at, snooze(log, 'audit:2026-02-10:due', due));
    expect(snoozed[1]).toMatchObject({ sent: false, snoozed: true });
  });
});

describe('pruneSentLog', () => {
  it('drops entries older than the retention period', () => {
    let log = markSent(emptySentLog(), ['old'], T0);
    log = markSent(log, ['new'], daysAfter(T0, 300));
    expect(Object.keys(pruneSentLog(log, daysAfter(T0, 401)).sent)).toEqual(['new']);
  });
});

describe('exchange expiry reminders', () => {
  it('sends one at 7 days and one at 1 day before the expiry the exchange reported', () => {
    const [fromVault, events, key, vault, t0, after] = [
      scheduleFromVault,
      currentEvents,
      makeKey,
      makeVault,
      T0,
      daysAfter,
    ];
    const expires = after(t0, 20);
    const k = key({
      id: 'exp',
      lastCheck: {
        checkedAt: t0.toISOString(),
        host: 'api.bybit.com',
        outcome: 'ok',
        exchange: {
          permissions: { read: true, spotMargin: false, futures: false, withdrawals: false },
          extras: [],
          ipRestricted: false,
          ipWhitelist: [],
          expiresAt: expires.toISOString(),
          createdAt: null,
        },
        differences: [],
        diagnosis: null,
      },
    });
    const schedule = fromVault(vault([k]));
    const expiry = (days: number) =>
      events(schedule, after(t0, days)).filter((e) => e.kind === 'exchange-expiry');
    expect(expiry(12)).toEqual([]);
    expect(expiry(13).map((e) => [e.id, e.daysLeft])).toEqual([['expiry:exp:2026-01-30:d7', 7]]);
    expect(expiry(19).map((e) => e.id)).toEqual(['expiry:exp:2026-01-30:d1']);
    expect(expiry(20)).toEqual([]);
    const [event] = expiry(13);
    expect(reminderText(event!, new Map([['exp', 'Grid Bot']])).body).toBe(
      'The exchange says "Grid Bot" (or its trading permission) expires on 2026-01-30 (in 7 days). Bind it to your server\'s IP address or rotate it.',
    );
  });
});
