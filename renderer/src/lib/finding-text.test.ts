// The renderer words findings and reminders again from the i18n resources. Its English must be
// exactly the engine's (the CLI and notifications print that), for every wording the engine
// produces; zh-CN must have every wording with the same parameters.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExchangeFacts, KeyCheck } from '../../../shared/domain/exchange-check';
import type { KeyRecord, VaultData } from '../../../shared/domain/key-record';
import { RED_FLAGS } from '../../../shared/domain/key-record';
import { findings } from '../../../shared/findings';
import {
  daysAfter,
  makeKey,
  makeService,
  makeVault,
  T0,
} from '../../../shared/findings/test-fixtures';
import type { Finding } from '../../../shared/findings/types';
import type { ReminderView } from '../../../shared/ipc/views';
import { describeReminders, scheduleFromVault } from '../../../shared/reminders';
import { en } from '../i18n/en';
import { zhCN } from '../i18n/zh-CN';
import { findingTexts, reminderTexts, type Translate } from './finding-text';
import { testTranslators } from '../test/translators';

let tEn: Translate;
let tZh: Translate;

beforeAll(async () => {
  ({ tEn, tZh } = await testTranslators());
});

const day = (n: number) => daysAfter(T0, n);
const noIp = { ipWhitelist: [] as string[] };
const perms = (over: Partial<KeyRecord['permissions']>): KeyRecord['permissions'] => ({
  read: true,
  spotMargin: false,
  futures: false,
  withdrawals: false,
  ...over,
});

const facts = (over: Partial<ExchangeFacts> = {}): ExchangeFacts => ({
  permissions: perms({}),
  extras: [],
  ipRestricted: true,
  ipWhitelist: ['203.0.113.7'],
  expiresAt: null,
  createdAt: null,
  ...over,
});

/** Keys whose last check with the exchange gives every exchange-* wording. */
function checkedKeys(): KeyRecord[] {
  const check = (over: Partial<KeyCheck>): KeyCheck => ({
    checkedAt: T0.toISOString(),
    host: 'api.bybit.com',
    outcome: 'ok',
    exchange: facts(),
    differences: [],
    diagnosis: null,
    ...over,
  });
  const expiring = facts({ expiresAt: day(96).toISOString() });
  return [
    makeKey({
      provider: 'bybit',
      lastCheck: check({
        outcome: 'drift',
        exchange: facts({ permissions: perms({ withdrawals: true }), ipRestricted: false }),
        differences: [
          { field: 'permissions.spotMargin', recorded: true, exchange: false },
          { field: 'permissions.withdrawals', recorded: false, exchange: true },
          { field: 'extras.Earn.Earn', recorded: false, exchange: true },
          { field: 'extras.Wallet.AccountTransfer', recorded: true, exchange: false },
          { field: 'ipRestricted', recorded: true, exchange: false },
        ],
      }),
    }),
    makeKey({
      provider: 'okx',
      lastCheck: check({
        outcome: 'drift',
        differences: [{ field: 'ipRestricted', recorded: false, exchange: true }],
      }),
    }),
    makeKey({
      provider: 'okx',
      lastCheck: check({
        outcome: 'drift',
        differences: [{ field: 'ipWhitelist', recorded: ['1.2.3.4'], exchange: ['5.6.7.8'] }],
      }),
    }),
    makeKey({
      provider: 'okx',
      lastCheck: check({
        outcome: 'rejected',
        exchange: null,
        diagnosis: { code: 'bad-signature', message: 'x' },
      }),
    }),
    makeKey({
      lastCheck: check({
        outcome: 'ip-blocked',
        exchange: null,
        diagnosis: { code: 'ip-not-allowed', message: 'x' },
      }),
    }),
    makeKey({ provider: 'bybit', lastCheck: check({ exchange: expiring }) }),
    makeKey({ provider: 'binance', lastCheck: check({ exchange: expiring }) }),
  ];
}

/** Vaults and instants that together make the engine produce every wording it has. */
function scenarios(): { data: VaultData; now: Date }[] {
  const flagged = makeService({
    name: 'ShadyBot',
    assessment: {
      flags: Object.fromEntries(RED_FLAGS.map((f) => [f, 'yes'])) as never,
      assessedAt: T0.toISOString(),
    },
  });
  const keys: KeyRecord[] = [
    makeKey({ useCase: 'auto-transfer', permissions: perms({ withdrawals: true }) }),
    makeKey({
      useCase: 'auto-transfer',
      permissions: perms({ withdrawals: true }),
      ipWhitelist: ['203.0.113.7', '198.51.100.0/24'],
    }),
    makeKey({ useCase: 'auto-transfer', permissions: perms({ withdrawals: true }), ...noIp }),
    makeKey({ permissions: perms({ withdrawals: true }), ...noIp }),
    makeKey({ provider: 'kraken', permissions: perms({ withdrawals: true }), ...noIp }),
    makeKey({
      provider: 'kraken',
      useCase: 'futures-bot',
      permissions: perms({ futures: true }),
      ...noIp,
    }),
    makeKey({ ...noIp }),
    makeKey({ permissions: perms({ futures: true, spotMargin: true }) }),
    makeKey({ useCase: 'spot-bot' }),
    makeKey({ useCase: 'custom', permissions: perms({ spotMargin: true, futures: true }) }),
    makeKey({ useCase: 'spot-bot', permissions: perms({ spotMargin: true }), ...noIp }),
    makeKey({ rotationIntervalDays: 365 }),
    makeKey({ status: 'compromised' }),
    makeKey({ label: 'Key 1', useCase: 'spot-bot', permissions: perms({ spotMargin: true }) }),
    makeKey({ label: 'my new key' }),
    makeKey({ label: 'test', serviceId: flagged.id }),
    makeKey({ label: 'Label with {{count}} and $t(app.name)', apiKey: 'SHARED' }),
    makeKey({ label: 'Other - Read Only', apiKey: 'SHARED' }),
    makeKey({ extras: ['universalTransfer'] }),
    makeKey({ provider: 'bybit', useCase: 'spot-bot', extras: ['Earn.Earn'] }),
    ...checkedKeys(),
  ];
  const many = (n: number, account: string) =>
    Array.from({ length: n }, () => makeKey({ provider: 'okx', account }));
  const copied = makeKey({ id: 'copied', label: 'Copied - Trading Bot' });
  const hit = { keyId: 'copied', line: 3, foundAt: T0.toISOString() };
  const vault: VaultData = {
    ...makeVault([...keys, copied, ...many(25, ''), ...many(31, 'trading')], [flagged]),
    scan: {
      lastScanAt: T0.toISOString(),
      hits: [
        { ...hit, field: 'secret', source: 'file', path: '/home/u/bot/config.json' },
        { ...hit, field: 'apiKey', source: 'history', path: '/home/u/.bash_history' },
        {
          ...hit,
          field: 'passphrase',
          source: 'git',
          path: '/home/u/bot/.env',
          repo: '/home/u/bot',
          commit: 'a'.repeat(40),
        },
        {
          ...hit,
          field: 'secret',
          source: 'git',
          path: '/home/u/old',
          repo: '/home/u/old',
          blob: 'b'.repeat(40),
        },
      ],
    },
  };
  // Rotation falls due at T0 + 90 days; Binance lapses at T0 + 30; the audit at T0 + 1 month.
  const instants = [0, 29.5, 30, 80, 89.5, 90, 91, 95, 100, 31 + 28 + 1, 120].map(day);
  return instants.map((now) => ({ data: vault, now }));
}

/** The plural form i18next picks in English for a text's `count`. */
function pluralSuffix(count: unknown): string {
  return typeof count === 'number' ? (count === 1 ? '_one' : '_other') : '';
}

function leafKeys(obj: object, prefix: string): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}.${k}`] : leafKeys(v as object, `${prefix}.${k}`),
  );
}

function lookup(obj: object, key: string): unknown {
  return key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], obj);
}

const variables = (text: string): string[] =>
  [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();

describe('finding texts', () => {
  const produced: Finding[] = scenarios().flatMap(({ data, now }) => findings(data, now));

  it('in English are exactly the engine message and fix, for every wording', () => {
    const used = new Set<string>();
    for (const f of produced) {
      expect(f.text, f.rule).toBeDefined();
      expect(findingTexts(f, tEn)).toEqual({ message: f.message, fix: f.fix });
      const suffix = pluralSuffix(f.text!.params.count);
      used.add(`findings.text.${f.rule}.message.${f.text!.message}${suffix}`);
      used.add(`findings.text.${f.rule}.fix.${f.text!.fix}`);
    }
    // The audit is long overdue only after two months: never one day.
    const unreachable = ['findings.text.audit-due.message.overdue_one'];
    const wordings = leafKeys(en.findings.text, 'findings.text');
    expect(wordings.filter((k) => !used.has(k) && !unreachable.includes(k))).toEqual([]);
  });

  it('take a label as it is: no interpolation or nesting inside it', () => {
    const f = produced.find((x) => x.message.includes('$t(app.name)'))!;
    expect(findingTexts(f, tEn).message).toBe(f.message);
    expect(findingTexts(f, tZh).message).toContain('“Label with {{count}} and $t(app.name)”');
  });

  it('in Chinese are fully worded: no English sentence, placeholder or raw id left', () => {
    for (const f of produced) {
      const zh = findingTexts(f, tZh);
      for (const text of [zh.message, zh.fix]) {
        expect(text, f.message).toMatch(/[\u4e00-\u9fff]/);
        expect(text).not.toBe(f.message);
        expect(text.replace(/“[^”]*”|"[^"]*"/g, '')).not.toMatch(
          /\{\{|spotMargin|withdrawals|portfolio-tracking|asks-|unnamed account|Spot & Margin/,
        );
      }
    }
    const excess = produced.find((f) => f.rule === 'excess-permission' && f.subject === 'futures')!;
    expect(findingTexts(excess, tZh).message).toContain('开启了合约权限');
    expect(findingTexts(excess, tZh).message).toContain('资产追踪密钥');
    const unnamed = produced.find((f) => f.rule === 'account-key-limit' && f.subject === 'okx:')!;
    expect(findingTexts(unnamed, tZh).message).toBe(
      'OKX 账户 （未命名） 有 25 个密钥，接近每个账户 30 个的上限。',
    );
  });

  it('of a finding without text, or of an unknown rule, are the engine English', () => {
    const f = produced[0]!;
    const { text: _text, ...bare } = f;
    expect(findingTexts(bare, tZh)).toEqual({ message: f.message, fix: f.fix });
    const unknown = { ...f, rule: 'future-rule' } as unknown as Finding;
    expect(findingTexts(unknown, tZh)).toEqual({ message: f.message, fix: f.fix });
  });
});

describe('reminder texts', () => {
  const lapsing = makeKey({
    id: 'lapsing',
    label: 'Grid Bot',
    useCase: 'spot-bot',
    permissions: perms({ spotMargin: true }),
    ...noIp,
  });
  const rotating = makeKey({ id: 'rotating', label: '3Commas - Trading Bot' });
  // The exchange said (at its last check) this key expires with Binance's lapse.
  const expiring = makeKey({
    id: 'expiring',
    label: 'Bybit Grid',
    provider: 'bybit',
    lastCheck: {
      checkedAt: T0.toISOString(),
      host: 'api.bybit.com',
      outcome: 'ok',
      exchange: facts({ expiresAt: day(30).toISOString() }),
      differences: [],
      diagnosis: null,
    },
  });
  const schedule = scheduleFromVault(makeVault([lapsing, rotating, expiring]));
  const labels = new Map([
    ['lapsing', 'Grid Bot'],
    ['rotating', '3Commas - Trading Bot'],
    ['expiring', 'Bybit Grid'],
  ]);
  // Lapse at T0 + 30 days, rotation at T0 + 90, audit at 2026-02-10 (overdue after April 10).
  const instants = [23, 29.5, 31, 76, 89.5, 90, 97, 104].map(day);
  const views: ReminderView[] = instants.flatMap((now) =>
    [labels, undefined].flatMap((map) =>
      describeReminders(schedule, now, { version: 1, sent: {}, snoozed: {} }, map).map((r) => ({
        id: r.id,
        kind: r.kind,
        keyId: r.keyId,
        dueAt: r.dueAt,
        title: r.title,
        message: r.body,
        params: r.params,
        sent: r.sent,
        snoozed: r.snoozed,
      })),
    ),
  );

  it('in English are exactly the notification title and body, for every wording', () => {
    const used = new Set<string>();
    for (const r of views) {
      expect(reminderTexts(r, tEn)).toEqual({ title: r.title, body: r.message });
      const body = r.keyId !== null && r.params.label === undefined ? 'anonymous' : 'body';
      used.add(`reminders.text.${r.kind}.title`);
      used.add(`reminders.text.${r.kind}.${body}${pluralSuffix(r.params.count)}`);
    }
    const wordings = leafKeys(en.reminders.text, 'reminders.text');
    expect(wordings.filter((k) => !used.has(k))).toEqual([]);
  });

  it('in Chinese name the key and no English is left', () => {
    for (const r of views) {
      const zh = reminderTexts(r, tZh);
      expect(zh.title).toMatch(/[\u4e00-\u9fff]/);
      expect(zh.body).toMatch(/[\u4e00-\u9fff]/);
      expect(zh.body).not.toMatch(/\{\{|Unlock|due/);
      if (r.params.label !== undefined) expect(zh.body).toContain(`“${r.params.label}”`);
    }
  });
});

describe('zh-CN', () => {
  it('has every wording and term of en with the same parameters', () => {
    const keys = [
      ...leafKeys(en.findings.text, 'findings.text'),
      ...leafKeys(en.findings.term, 'findings.term'),
      ...leafKeys(en.reminders.text, 'reminders.text'),
    ];
    expect(keys.length).toBeGreaterThan(80);
    for (const key of keys) {
      const zh = lookup(zhCN, key);
      expect(typeof zh, key).toBe('string');
      expect(variables(zh as string), key).toEqual(variables(lookup(en, key) as string));
    }
  });
});

describe('dates in findings and reminders', () => {
  const key = makeKey({ id: 'k', label: 'Bot', rotationIntervalDays: 30 });
  const due = findings(makeVault([key]), day(20)).find((f) => f.rule === 'rotation-due')!;

  it('are written in the UI language when it is given, the same day in every time zone', () => {
    expect(due.text?.params.date).toBe('2026-02-09');
    const en = findingTexts(due, tEn, 'en').message;
    expect(en).toContain('Feb 9, 2026');
    expect(en).not.toContain('2026-02-09');
    const zh = findingTexts(due, tZh, 'zh-CN').message;
    expect(zh).toContain('2026年2月9日');
    expect(zh).not.toContain('2026-02-09');
    // Without a language: the engine's wording, as the CLI prints it.
    expect(findingTexts(due, tEn).message).toBe(due.message);
  });

  it('in reminders too', () => {
    const schedule = scheduleFromVault(makeVault([key]));
    const [r] = describeReminders(
      schedule,
      day(25),
      { version: 1, sent: {}, snoozed: {} },
      new Map([['k', 'Bot']]),
    );
    const view: ReminderView = {
      id: r!.id,
      kind: r!.kind,
      keyId: r!.keyId,
      dueAt: r!.dueAt,
      title: r!.title,
      message: r!.body,
      params: r!.params,
      sent: false,
      snoozed: false,
    };
    expect(reminderTexts(view, tEn, 'en').body).toContain('(Feb 9, 2026)');
    expect(reminderTexts(view, tZh, 'zh-CN').body).toContain('2026年2月9日');
  });
});
