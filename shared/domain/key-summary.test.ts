import { afterEach, describe, expect, it, vi } from 'vitest';
import { rotationDue } from '../findings/due-dates';
import { byRotationDue, keyFingerprint, maskApiKey, rotationDueAt } from './key-summary';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('key summary helpers', () => {
  it('dates rotation in whole UTC days, as findings do, even across a DST change', () => {
    vi.stubEnv('TZ', 'Europe/Berlin'); // summer time starts on 2026-03-29
    const key = { lastRotatedAt: '2026-03-01T12:00:00.000Z', rotationIntervalDays: 90 };
    expect(rotationDueAt(key)).toBe('2026-05-30T12:00:00.000Z');
    expect(rotationDueAt(key)).toBe(rotationDue(key).toISOString());
  });

  it('orders by due date, then label', () => {
    const rows = [
      { rotationDueAt: '2026-05-01T00:00:00.000Z', label: 'b' },
      { rotationDueAt: '2026-05-01T00:00:00.000Z', label: 'a' },
      { rotationDueAt: '2026-04-01T00:00:00.000Z', label: 'z' },
    ];
    expect([...rows].sort(byRotationDue).map((r) => r.label)).toEqual(['z', 'a', 'b']);
  });

  it('never shows a whole API key', () => {
    expect(maskApiKey('vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zv')).toBe('vmPU…E2zv');
    expect(maskApiKey('short')).toBe('*****');
    expect(keyFingerprint({ apiKey: '' })).toBe('(no API key yet)');
  });
});
