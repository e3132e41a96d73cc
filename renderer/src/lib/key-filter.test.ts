import { describe, expect, it } from 'vitest';
import { filterKeys, tagsOf } from './key-filter';
import { DEFAULT_FILTERS } from '../store/view-store';
import { keyRow } from '../test/key-row';

const key = keyRow;

const keys = [
  key('a', { label: '3Commas - Trading Bot', rotationDueAt: '2026-03-01T00:00:00.000Z' }),
  key('b', {
    label: 'CoinTracker - Read Only',
    provider: 'kraken',
    service: 'CoinTracker',
    findingCount: 1,
    worstSeverity: 'medium',
  }),
  key('c', {
    label: 'Treasury',
    status: 'compromised',
    rotationDueAt: '2026-02-01T00:00:00.000Z',
    findingCount: 2,
    worstSeverity: 'critical',
  }),
  key('d', {
    label: 'Kraken - Tax Export',
    provider: 'kraken',
    findingCount: 3,
    worstSeverity: 'medium',
  }),
];

describe('filterKeys', () => {
  it('sorts by rotation due date by default', () => {
    expect(filterKeys(keys, DEFAULT_FILTERS).map((k) => k.id)).toEqual(['c', 'a', 'b', 'd']);
  });

  it('searches label, service and fingerprint, case-insensitively', () => {
    expect(filterKeys(keys, { ...DEFAULT_FILTERS, query: 'TRACKER' }).map((k) => k.id)).toEqual([
      'b',
    ]);
    expect(filterKeys(keys, { ...DEFAULT_FILTERS, query: 'zzz' })).toEqual([]);
  });

  it('filters by provider, status and findings', () => {
    const ids = (f: Partial<typeof DEFAULT_FILTERS>) =>
      filterKeys(keys, { ...DEFAULT_FILTERS, ...f }).map((k) => k.id);
    expect(ids({ provider: 'kraken' })).toEqual(['b', 'd']);
    expect(ids({ status: 'compromised' })).toEqual(['c']);
    expect(ids({ finding: 'critical' })).toEqual(['c']);
    expect(ids({ finding: 'any' })).toEqual(['c', 'b', 'd']);
    expect(ids({ finding: 'none' })).toEqual(['a']);
  });

  it('sorts worst findings first', () => {
    expect(filterKeys(keys, { ...DEFAULT_FILTERS, sort: 'findings' }).map((k) => k.id)).toEqual([
      'c',
      'd',
      'b',
      'a',
    ]);
  });

  it('sorts by label with numbers in order', () => {
    const numbered = [key('x', { label: 'Bot 10' }), key('y', { label: 'bot 9' })];
    expect(filterKeys(numbered, { ...DEFAULT_FILTERS, sort: 'label' }).map((k) => k.id)).toEqual([
      'y',
      'x',
    ]);
  });
});

describe('search over what the row shows', () => {
  const words = {
    provider: (id: string) => ({ binance: '币安', kraken: 'Kraken' })[id] ?? id,
    useCase: (id: string) => ({ 'futures-bot': '合约交易机器人' })[id] ?? id,
    permission: (id: string) => ({ futures: '允许合约', read: '允许读取' })[id] ?? id,
  };
  const seen = [
    key('p', {
      label: 'Perp bot',
      useCase: 'futures-bot',
      permissions: { read: true, spotMargin: false, futures: true, withdrawals: false },
      ipWhitelist: ['203.0.113.10'],
      account: 'desk',
      fingerprint: 'vmPU…Eh8A',
      tags: ['vps-1'],
    }),
    key('q', { label: 'Tracker', provider: 'kraken' }),
  ];
  const ids = (query: string) =>
    filterKeys(seen, { ...DEFAULT_FILTERS, query }, words).map((k) => k.id);

  it('finds use case, permission and exchange names in the current language', () => {
    expect(ids('合约交易机器人')).toEqual(['p']);
    expect(ids('允许合约')).toEqual(['p']);
    expect(ids('币安')).toEqual(['p']);
    // A permission the key lacks is not a match.
    expect(filterKeys(seen, { ...DEFAULT_FILTERS, query: 'futures' }).map((k) => k.id)).toEqual([
      'p',
    ]);
  });

  it('finds IP, account, fingerprint and tags', () => {
    expect(ids('203.0.113')).toEqual(['p']);
    expect(ids('desk')).toEqual(['p']);
    expect(ids('vmpu…eh8a')).toEqual(['p']);
    expect(ids('VPS-1')).toEqual(['p']);
  });

  it('words again when the language changes', () => {
    expect(ids('合约交易机器人')).toEqual(['p']);
    const english = {
      ...words,
      useCase: (id: string) => (id === 'futures-bot' ? 'Futures bot' : id),
    };
    expect(
      filterKeys(seen, { ...DEFAULT_FILTERS, query: 'futures bot' }, english).map((k) => k.id),
    ).toEqual(['p']);
  });
});

describe('tags and the other sorts', () => {
  const rows = [
    key('a', {
      label: 'A',
      provider: 'okx',
      tags: ['grid', 'VPS-1'],
      createdAt: '2026-01-01T00:00:00.000Z',
      lastRotatedAt: '2026-03-01T00:00:00.000Z',
      lastCopiedAt: null,
    }),
    key('b', {
      label: 'B',
      provider: 'binance',
      tags: ['vps-1'],
      createdAt: '2026-02-01T00:00:00.000Z',
      lastRotatedAt: '2026-02-01T00:00:00.000Z',
      lastCopiedAt: '2026-05-01T00:00:00.000Z',
    }),
    key('c', {
      label: 'C',
      provider: 'kraken',
      createdAt: '2026-03-01T00:00:00.000Z',
      lastRotatedAt: '2026-01-01T00:00:00.000Z',
      lastCopiedAt: '2026-04-01T00:00:00.000Z',
    }),
  ];
  const order = (f: Partial<typeof DEFAULT_FILTERS>) =>
    filterKeys(rows, { ...DEFAULT_FILTERS, ...f }).map((k) => k.id);

  it('lists every tag once and filters by one, ignoring case', () => {
    expect(tagsOf(rows)).toEqual(['grid', 'VPS-1']);
    expect(order({ tag: 'vps-1', sort: 'label' })).toEqual(['a', 'b']);
    expect(order({ tag: 'grid' })).toEqual(['a']);
  });

  it('sorts by exchange name, creation, last rotation and last copy (newest first)', () => {
    expect(order({ sort: 'exchange' })).toEqual(['b', 'c', 'a']);
    expect(order({ sort: 'created' })).toEqual(['c', 'b', 'a']);
    expect(order({ sort: 'rotated' })).toEqual(['a', 'b', 'c']);
    // Never copied: last.
    expect(order({ sort: 'copied' })).toEqual(['b', 'c', 'a']);
  });
});
