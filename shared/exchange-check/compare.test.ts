import { describe, expect, it } from 'vitest';
import type { ExchangeFacts } from '../domain/exchange-check';
import {
  acceptExchangeFacts,
  compareWithExchange,
  outcomeOf,
  type RecordedAccess,
} from './compare';

const READ = { read: true, spotMargin: false, futures: false, withdrawals: false };

function facts(patch: Partial<ExchangeFacts> = {}): ExchangeFacts {
  return {
    permissions: { ...READ },
    extras: [],
    ipRestricted: true,
    ipWhitelist: ['203.0.113.7'],
    expiresAt: null,
    createdAt: null,
    ...patch,
  };
}

function recorded(patch: Partial<RecordedAccess> = {}): RecordedAccess {
  return {
    provider: 'bybit',
    permissions: { ...READ },
    extras: [],
    ipWhitelist: ['203.0.113.7'],
    ...patch,
  };
}

describe('compareWithExchange', () => {
  it('finds nothing when record and exchange agree (ok)', () => {
    const d = compareWithExchange(recorded(), facts());
    expect(d).toEqual([]);
    expect(outcomeOf(d)).toBe('ok');
  });

  it('names each permission the exchange grants or lacks', () => {
    const d = compareWithExchange(
      recorded({ permissions: { ...READ, spotMargin: true } }),
      facts({ permissions: { ...READ, withdrawals: true } }),
    );
    expect(d).toEqual([
      { field: 'permissions.spotMargin', recorded: true, exchange: false },
      { field: 'permissions.withdrawals', recorded: false, exchange: true },
    ]);
    expect(outcomeOf(d)).toBe('drift');
  });

  it('compares OKX and Coinbase trade as spotMargin and futures together', () => {
    const trade = { ...READ, spotMargin: true, futures: true };
    for (const provider of ['okx', 'coinbase'] as const) {
      expect(
        compareWithExchange(
          recorded({ provider, permissions: { ...READ, spotMargin: true } }),
          facts({ permissions: trade }),
        ),
      ).toEqual([]);
    }
    // Binance keeps them apart.
    expect(
      compareWithExchange(
        recorded({ provider: 'binance', permissions: { ...READ, spotMargin: true } }),
        facts({ permissions: trade, ipWhitelist: null }),
      ),
    ).toEqual([{ field: 'permissions.futures', recorded: false, exchange: true }]);
  });

  it('names extras on either side', () => {
    expect(
      compareWithExchange(
        recorded({ extras: ['Earn.Earn'] }),
        facts({ extras: ['Wallet.AccountTransfer'] }),
      ),
    ).toEqual([
      { field: 'extras.Earn.Earn', recorded: true, exchange: false },
      { field: 'extras.Wallet.AccountTransfer', recorded: false, exchange: true },
    ]);
  });

  it('reports a removed whitelist as ipRestricted, and a changed list as ipWhitelist', () => {
    expect(
      compareWithExchange(recorded(), facts({ ipRestricted: false, ipWhitelist: [] })),
    ).toEqual([{ field: 'ipRestricted', recorded: true, exchange: false }]);
    expect(
      compareWithExchange(recorded(), facts({ ipWhitelist: ['203.0.113.7', '198.51.100.0/24'] })),
    ).toEqual([
      {
        field: 'ipWhitelist',
        recorded: ['203.0.113.7'],
        exchange: ['198.51.100.0/24', '203.0.113.7'],
      },
    ]);
    // Binance says only whether the key is restricted.
    expect(
      compareWithExchange(recorded({ provider: 'binance' }), facts({ ipWhitelist: null })),
    ).toEqual([]);
  });

  it('says nothing about IPs when the exchange does not (Coinbase)', () => {
    expect(
      compareWithExchange(
        recorded({ provider: 'coinbase' }),
        facts({ ipRestricted: null, ipWhitelist: null }),
      ),
    ).toEqual([]);
  });
});

describe('acceptExchangeFacts', () => {
  it("takes the exchange's permissions, extras and IP list", () => {
    const accepted = acceptExchangeFacts(
      recorded(),
      facts({
        permissions: { ...READ, futures: true },
        extras: ['Earn.Earn'],
        ipWhitelist: ['198.51.100.1'],
      }),
    );
    expect(accepted).toEqual({
      permissions: { ...READ, futures: true },
      extras: ['Earn.Earn'],
      ipWhitelist: ['198.51.100.1'],
    });
    expect(
      compareWithExchange(
        { ...recorded(), ...accepted },
        facts({
          permissions: { ...READ, futures: true },
          extras: ['Earn.Earn'],
          ipWhitelist: ['198.51.100.1'],
        }),
      ),
    ).toEqual([]);
  });

  it('empties the list when Binance says unrestricted, keeps it when restricted', () => {
    const binance = recorded({ provider: 'binance' });
    expect(
      acceptExchangeFacts(binance, facts({ ipRestricted: false, ipWhitelist: null })).ipWhitelist,
    ).toEqual([]);
    expect(
      acceptExchangeFacts(binance, facts({ ipRestricted: true, ipWhitelist: null })).ipWhitelist,
    ).toEqual(['203.0.113.7']);
  });
});
