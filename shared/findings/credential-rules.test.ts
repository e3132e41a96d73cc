// The findings of issue 10's credential model: an OKX key without its API passphrase, an
// exchange switch (extra) the use case does not need, and OKX/Coinbase's one Trade switch.
import { describe, expect, it } from 'vitest';
import type { KeyRecord } from '../domain/key-record';
import { findings } from './findings';
import { makeKey, makeVault, T0 } from './test-fixtures';
import type { Finding, RuleId } from './types';

const READ = { read: true, spotMargin: false, futures: false, withdrawals: false };
const TRADE = { ...READ, spotMargin: true, futures: true };

function run(over: Partial<KeyRecord>): Finding[] {
  return findings(makeVault([makeKey({ label: 'Acme - Bot', ...over })]), T0);
}
const only = (list: Finding[], rule: RuleId) => list.filter((f) => f.rule === rule);

describe('missing-passphrase', () => {
  it('is high for an OKX key without a passphrase, and says where OKX shows it', () => {
    const f = only(run({ provider: 'okx', host: 'www.okx.com' }), 'missing-passphrase');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'high', text: { params: { label: 'Acme - Bot' } } });
    expect(f[0]!.message).toContain('"Acme - Bot"');
    expect(f[0]!.fix).toMatch(/chose it when you created the key on OKX/);
  });
  it('is absent once the passphrase is recorded, and for exchanges without one', () => {
    expect(only(run({ provider: 'okx', passphrase: 'Okx-Pass-1' }), 'missing-passphrase')).toEqual(
      [],
    );
    for (const provider of ['binance', 'bybit', 'coinbase', 'kraken', 'other'] as const) {
      expect(only(run({ provider }), 'missing-passphrase'), provider).toEqual([]);
    }
  });
  it('never carries the passphrase', () => {
    const text = JSON.stringify(run({ provider: 'okx', passphrase: 'Okx-Pass-SECRET-1' }));
    expect(text).not.toContain('Okx-Pass-SECRET-1');
  });
});

describe('excess-extra', () => {
  it('is high for each extra the use case does not need, named as the exchange names it', () => {
    const f = only(
      run({ useCase: 'portfolio-tracking', extras: ['universalTransfer', 'fixTrade'] }),
      'excess-extra',
    );
    expect(f.map((x) => [x.severity, x.subject])).toEqual([
      ['high', 'fixTrade'],
      ['high', 'universalTransfer'],
    ]);
    expect(f.find((x) => x.subject === 'universalTransfer')!.message).toBe(
      '"Acme - Bot" has Permits Universal Transfer, which a portfolio tracking key does not need.',
    );
  });
  it('is absent for an extra the use case needs, and for custom keys', () => {
    expect(
      only(run({ useCase: 'auto-transfer', extras: ['universalTransfer'] }), 'excess-extra'),
    ).toEqual([]);
    expect(
      only(
        run({ provider: 'bybit', useCase: 'tax-reports', extras: ['Exchange.ExchangeHistory'] }),
        'excess-extra',
      ),
    ).toEqual([]);
    expect(only(run({ useCase: 'custom', extras: ['fixTrade'] }), 'excess-extra')).toEqual([]);
    expect(
      only(
        run({ provider: 'bybit', useCase: 'spot-bot', extras: ['Earn.Earn'] }),
        'excess-extra',
      ).map((x) => x.subject),
    ).toEqual(['Earn.Earn']);
  });
});

describe('one Trade switch (OKX, Coinbase)', () => {
  it('is one permission: a spot or futures bot with Trade has no excess', () => {
    for (const provider of ['okx', 'coinbase'] as const) {
      for (const useCase of ['spot-bot', 'futures-bot'] as const) {
        const list = run({ provider, useCase, permissions: TRADE, passphrase: 'Okx-Pass-1' });
        expect(only(list, 'excess-permission'), `${provider} ${useCase}`).toEqual([]);
      }
    }
  });
  it('counts once when not needed; Binance still counts spot and futures apart', () => {
    const okx = only(
      run({ provider: 'okx', useCase: 'portfolio-tracking', permissions: TRADE }),
      'excess-permission',
    );
    expect(okx.map((f) => f.subject)).toEqual(['spotMargin']);
    const binance = only(
      run({ provider: 'binance', useCase: 'spot-bot', permissions: TRADE }),
      'excess-permission',
    );
    expect(binance.map((f) => f.subject)).toEqual(['futures']);
  });
});
