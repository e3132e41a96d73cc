import { describe, expect, it } from 'vitest';
import type { Finding, KeySummary } from '../../../shared/ipc/views';
import { filterKeys, findingsByKey } from './key-filter';
import { DEFAULT_FILTERS } from '../store/view-store';

function key(id: string, over: Partial<KeySummary> = {}): KeySummary {
  return {
    id,
    label: `Key ${id}`,
    provider: 'binance',
    account: '',
    useCase: 'portfolio-tracking',
    keyType: 'hmac',
    permissions: { read: true, spotMargin: false, futures: false, withdrawals: false },
    ipWhitelist: [],
    service: null,
    serviceId: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    lastRotatedAt: '2026-01-01T00:00:00.000Z',
    rotationIntervalDays: 90,
    rotationDueAt: '2026-04-01T00:00:00.000Z',
    lastAuditedAt: null,
    status: 'active',
    fingerprint: 'abcd…wxyz',
    hasApiKey: true,
    publicKeyPem: null,
    notes: '',
    ...over,
  };
}

const finding = (keyId: string, severity: Finding['severity']): Finding => ({
  rule: 'no-ip-whitelist',
  severity,
  keyId,
  message: 'm',
  fix: 'f',
});

const keys = [
  key('a', { label: '3Commas - Trading Bot', rotationDueAt: '2026-03-01T00:00:00.000Z' }),
  key('b', { label: 'CoinTracker - Read Only', provider: 'kraken', service: 'CoinTracker' }),
  key('c', { label: 'Treasury', status: 'compromised', rotationDueAt: '2026-02-01T00:00:00.000Z' }),
];
const byKey = findingsByKey([
  finding('b', 'medium'),
  finding('c', 'critical'),
  finding('c', 'low'),
]);

describe('filterKeys', () => {
  it('sorts by rotation due date by default', () => {
    expect(filterKeys(keys, byKey, DEFAULT_FILTERS).map((k) => k.id)).toEqual(['c', 'a', 'b']);
  });

  it('searches label, service and fingerprint, case-insensitively', () => {
    expect(
      filterKeys(keys, byKey, { ...DEFAULT_FILTERS, query: 'TRACKER' }).map((k) => k.id),
    ).toEqual(['b']);
    expect(filterKeys(keys, byKey, { ...DEFAULT_FILTERS, query: 'zzz' })).toEqual([]);
  });

  it('filters by provider, status and findings', () => {
    const ids = (f: Partial<typeof DEFAULT_FILTERS>) =>
      filterKeys(keys, byKey, { ...DEFAULT_FILTERS, ...f }).map((k) => k.id);
    expect(ids({ provider: 'kraken' })).toEqual(['b']);
    expect(ids({ status: 'compromised' })).toEqual(['c']);
    expect(ids({ finding: 'critical' })).toEqual(['c']);
    expect(ids({ finding: 'any' })).toEqual(['c', 'b']);
    expect(ids({ finding: 'none' })).toEqual(['a']);
  });

  it('sorts worst findings first', () => {
    expect(
      filterKeys(keys, byKey, { ...DEFAULT_FILTERS, sort: 'findings' }).map((k) => k.id),
    ).toEqual(['c', 'b', 'a']);
  });

  it('counts findings per key with the worst severity', () => {
    expect(byKey.get('c')).toEqual({ count: 2, worst: 0 });
    expect(byKey.get('a')).toBeUndefined();
  });
});
