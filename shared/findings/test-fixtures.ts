// Builders for tests of the findings engine, reminders and workflows (not used by app code).
import type { KeyRecord, ServiceRecord, VaultData } from '../domain/key-record';
import { emptyVaultData, unknownAssessment } from '../domain/key-record';

export const T0 = new Date('2026-01-10T12:00:00.000Z');

let counter = 0;

/** A healthy key: read-only portfolio tracker, whitelisted, fresh, audited at T0. */
export function makeKey(over: Partial<KeyRecord> = {}): KeyRecord {
  counter += 1;
  return {
    id: `k${counter}`,
    label: `CoinTracker - Read Only ${counter}`,
    provider: 'binance',
    account: 'main',
    useCase: 'portfolio-tracking',
    keyType: 'hmac',
    apiKey: `APIKEY${counter}xxxxxxxxxxxxxxxxxxxxxxxx`,
    secret: `SECRET${counter}-do-not-leak`,
    host: 'api.binance.com',
    environment: 'live',
    permissions: { read: true, spotMargin: false, futures: false, withdrawals: false },
    extras: [],
    ipWhitelist: ['203.0.113.7'],
    serviceId: null,
    createdAt: T0.toISOString(),
    lastRotatedAt: T0.toISOString(),
    rotationIntervalDays: 90,
    lastAuditedAt: T0.toISOString(),
    notes: '',
    status: 'active',
    history: [],
    rotation: null,
    incident: null,
    ...over,
  };
}

export function makeService(over: Partial<ServiceRecord> = {}): ServiceRecord {
  counter += 1;
  return {
    id: `s${counter}`,
    name: `Service ${counter}`,
    url: '',
    notes: '',
    assessment: unknownAssessment(),
    ...over,
  };
}

export function makeVault(keys: KeyRecord[], services: ServiceRecord[] = []): VaultData {
  return { ...emptyVaultData(), keys, services };
}

export function daysAfter(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}
