import { describe, expect, it } from 'vitest';
import type { ExchangeFacts, KeyCheck } from '../domain/exchange-check';
import { findings } from './findings';
import { daysAfter, makeKey, makeVault, T0 } from './test-fixtures';

const READ = { read: true, spotMargin: false, futures: false, withdrawals: false };

function facts(over: Partial<ExchangeFacts> = {}): ExchangeFacts {
  return {
    permissions: READ,
    extras: [],
    ipRestricted: true,
    ipWhitelist: ['203.0.113.7'],
    expiresAt: null,
    createdAt: null,
    ...over,
  };
}

function check(over: Partial<KeyCheck>): KeyCheck {
  return {
    checkedAt: T0.toISOString(),
    host: 'api.binance.com',
    outcome: 'ok',
    exchange: facts(),
    differences: [],
    diagnosis: null,
    ...over,
  };
}

const exchangeFindings = (keys: Parameters<typeof makeVault>[0], now = T0) =>
  findings(makeVault(keys), now)
    .filter((f) => f.rule.startsWith('exchange-'))
    .map((f) => `${f.rule}:${f.severity}:${f.subject ?? ''}`);

describe('exchange-drift', () => {
  it('is critical for withdrawals granted, high for other grants, extras and lacking permissions', () => {
    const key = makeKey({
      lastCheck: check({
        outcome: 'drift',
        exchange: facts({ permissions: { ...READ, withdrawals: true, futures: true } }),
        differences: [
          { field: 'permissions.spotMargin', recorded: true, exchange: false },
          { field: 'permissions.futures', recorded: false, exchange: true },
          { field: 'permissions.withdrawals', recorded: false, exchange: true },
          { field: 'extras.internalTransfer', recorded: false, exchange: true },
        ],
      }),
    });
    expect(exchangeFindings([key]).sort()).toEqual(
      [
        'exchange-drift:critical:permissions.withdrawals',
        'exchange-drift:high:extras.internalTransfer',
        'exchange-drift:high:permissions.futures',
        'exchange-drift:high:permissions.spotMargin',
      ].sort(),
    );
  });

  it('a whitelist the exchange no longer has is high, critical when the key can withdraw', () => {
    const removed = { field: 'ipRestricted', recorded: true, exchange: false };
    const plain = makeKey({
      lastCheck: check({
        outcome: 'drift',
        differences: [removed],
        exchange: facts({ ipRestricted: false }),
      }),
    });
    const withdrawing = makeKey({
      lastCheck: check({
        outcome: 'drift',
        differences: [removed],
        exchange: facts({ ipRestricted: false, permissions: { ...READ, withdrawals: true } }),
      }),
    });
    expect(exchangeFindings([plain])).toEqual(['exchange-drift:high:ipRestricted']);
    expect(exchangeFindings([withdrawing])).toEqual(['exchange-drift:critical:ipRestricted']);
  });

  it('says nothing for an ok check or a revoked key', () => {
    expect(exchangeFindings([makeKey({ lastCheck: check({}) })])).toEqual([]);
    const revoked = makeKey({
      status: 'revoked',
      lastCheck: check({
        outcome: 'drift',
        differences: [{ field: 'permissions.withdrawals', recorded: false, exchange: true }],
      }),
    });
    expect(exchangeFindings([revoked])).toEqual([]);
  });
});

describe('exchange-rejected', () => {
  it('is high for a rejected key, naming the diagnosis; medium when only this IP was refused', () => {
    const rejected = makeKey({
      label: 'Grid Bot',
      lastCheck: check({
        outcome: 'rejected',
        exchange: null,
        diagnosis: { code: 'unknown-key', message: 'm' },
      }),
    });
    const blocked = makeKey({
      lastCheck: check({
        outcome: 'ip-blocked',
        exchange: null,
        diagnosis: { code: 'ip-not-allowed', message: 'm' },
      }),
    });
    expect(exchangeFindings([rejected, blocked]).sort()).toEqual([
      'exchange-rejected:high:unknown-key',
      'exchange-rejected:medium:ip-not-allowed',
    ]);
    const f = findings(makeVault([rejected]), T0).find((x) => x.rule === 'exchange-rejected')!;
    expect(f.message).toBe(
      '"Grid Bot" no longer works: on 2026-01-10 the exchange refused it (the key is unknown to the exchange or was deleted).',
    );
  });

  it('is not raised for rate limits or an unreachable exchange', () => {
    for (const [outcome, code] of [
      ['rate-limited', 'rate-limited'],
      ['unreachable', 'unreachable'],
    ] as const) {
      const key = makeKey({
        lastCheck: check({ outcome, exchange: null, diagnosis: { code, message: 'm' } }),
      });
      expect(exchangeFindings([key])).toEqual([]);
    }
  });
});

describe('exchange-expiry', () => {
  const expiring = (provider: 'bybit' | 'binance') =>
    makeKey({
      provider,
      lastCheck: check({ exchange: facts({ expiresAt: daysAfter(T0, 20).toISOString() }) }),
    });

  it('is nothing beyond 14 days, high within, critical once expired', () => {
    const key = expiring('bybit');
    expect(exchangeFindings([key], daysAfter(T0, 5))).toEqual([]);
    expect(exchangeFindings([key], daysAfter(T0, 7))).toEqual(['exchange-expiry:high:']);
    expect(exchangeFindings([key], daysAfter(T0, 20))).toEqual(['exchange-expiry:critical:']);
  });

  it("names Binance's date as the Spot & Margin permission's", () => {
    const f = findings(makeVault([expiring('binance')]), daysAfter(T0, 10)).find(
      (x) => x.rule === 'exchange-expiry',
    )!;
    expect(f.message).toContain('Spot & Margin Trading permission');
    expect(f.message).toContain('in 10 days');
  });
});

describe('exchange-unchecked', () => {
  it('flags an active key of a checkable exchange after 30 days without a check', () => {
    const never = makeKey({ provider: 'okx' });
    const checked = makeKey({
      provider: 'bybit',
      lastCheck: check({ checkedAt: daysAfter(T0, 20).toISOString() }),
    });
    const kraken = makeKey({ provider: 'kraken' });
    const rotating = makeKey({ status: 'rotating' });
    expect(exchangeFindings([never, checked, kraken, rotating], daysAfter(T0, 30))).toEqual([]);
    expect(exchangeFindings([never, checked, kraken, rotating], daysAfter(T0, 31))).toEqual([
      'exchange-unchecked:info:',
    ]);
    expect(exchangeFindings([checked], daysAfter(T0, 51))).toEqual(['exchange-unchecked:info:']);
  });
});
