// Tests only: a key list row (what keys.list sends) with plain defaults and the given changes.
import type { KeyListItem } from '../../../shared/ipc/views';

export function keyRow(id: string, over: Partial<KeyListItem> = {}): KeyListItem {
  return {
    id,
    label: `Key ${id}`,
    provider: 'binance',
    account: '',
    useCase: 'portfolio-tracking',
    keyType: 'hmac',
    host: 'api.binance.com',
    environment: 'live',
    hasPassphrase: false,
    permissions: { read: true, spotMargin: false, futures: false, withdrawals: false },
    extras: [],
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
    tags: [],
    lastCopiedAt: null,
    findingCount: 0,
    worstSeverity: null,
    worstRule: null,
    ...over,
  };
}
