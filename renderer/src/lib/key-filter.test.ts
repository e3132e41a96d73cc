import { describe, expect, it } from 'vitest';
import { filterKeys } from './key-filter';
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
