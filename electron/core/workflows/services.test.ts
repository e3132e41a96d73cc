import { describe, expect, it } from 'vitest';
import { vaultDataSchema } from '../../../shared/domain/key-record';
import { findings } from '../../../shared/findings';
import { makeKey, makeVault, T0 } from '../../../shared/findings/test-fixtures';
import { addService, assessService, findService } from './services';

describe('services and their assessment', () => {
  it('adds a service, records red flags with the time, and findings follow', () => {
    const data = makeVault([]);
    const svc = addService(data, { name: ' 3Commas ', url: 'https://3commas.io' });
    expect(svc).toMatchObject({
      name: '3Commas',
      url: 'https://3commas.io',
      assessment: { assessedAt: null },
    });
    data.keys.push(makeKey({ label: '3Commas - Trading Bot', serviceId: svc.id }));
    assessService(data, '3commas', { 'asks-withdrawals': 'yes', 'no-security-docs': 'no' }, T0);
    expect(findService(data, svc.id).assessment).toEqual({
      flags: {
        'asks-withdrawals': 'yes',
        'no-ip-whitelist-support': 'unknown',
        'no-security-docs': 'no',
        'vague-operator': 'unknown',
        'unrealistic-returns': 'unknown',
        'asks-disable-ip-whitelist': 'unknown',
      },
      assessedAt: T0.toISOString(),
    });
    expect(findings(data, T0).map((f) => [f.rule, f.subject])).toEqual([
      ['service-red-flag', 'asks-withdrawals'],
    ]);
    assessService(data, svc.id, { 'asks-withdrawals': 'no' }, T0);
    expect(findings(data, T0)).toEqual([]);
    expect(vaultDataSchema.safeParse(data).success).toBe(true);
  });

  it('refuses duplicates, bad URLs, unknown flags and answers, changing nothing', () => {
    const data = makeVault([]);
    addService(data, { name: 'Koinly' });
    const before = JSON.stringify(data);
    expect(() => addService(data, { name: 'koinly' })).toThrow(/already exists/);
    expect(() => addService(data, { name: '  ' })).toThrow(/1 to 100/);
    expect(() => addService(data, { name: 'X', url: 'http://x.io' })).toThrow(/https/);
    expect(() => assessService(data, 'Koinly', { nope: 'yes' } as never, T0)).toThrow(
      /Unknown red flag/,
    );
    expect(() => assessService(data, 'Koinly', { 'vague-operator': 'maybe' } as never, T0)).toThrow(
      /yes, no or unknown/,
    );
    expect(() => assessService(data, 'Koinly', {}, T0)).toThrow(/at least one/);
    expect(() => assessService(data, 'Nobody', { 'vague-operator': 'yes' }, T0)).toThrow(
      /No service/,
    );
    expect(JSON.stringify(data)).toBe(before);
  });
});
