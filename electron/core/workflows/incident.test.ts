import { describe, expect, it } from 'vitest';
import type { VaultData } from '../../../shared/domain/key-record';
import { vaultDataSchema } from '../../../shared/domain/key-record';
import { findings } from '../../../shared/findings';
import { daysAfter, makeKey, makeVault, T0 } from '../../../shared/findings/test-fixtures';
import { LEAK_RESPONSE_CHECKLIST } from '../../../shared/workflows/leak-steps';
import { finishIncident, incidentStep, startIncident } from './incident';
import { recordNewKey, startRotation } from './rotation';

const at = (d: number) => daysAfter(T0, d);
const vault = (): VaultData =>
  makeVault([
    makeKey({
      id: 'k',
      label: 'Leaky - Bot',
      apiKey: 'LEAKEDAPIKEY123456789',
      secret: 'leaked-secret-123456',
    }),
  ]);
const key = (data: VaultData) => data.keys.find((k) => k.id === 'k')!;
function refused(data: VaultData, fn: () => unknown, re: RegExp) {
  const before = JSON.stringify(data);
  expect(fn).toThrow(re);
  expect(JSON.stringify(data)).toBe(before);
}

describe('leak response', () => {
  it('marks the key compromised, time-stamps eight steps in order with notes, ends revoked', () => {
    const data = vault();
    startIncident(data, 'Leaky - Bot', at(0));
    expect(key(data).status).toBe('compromised');
    expect(findings(data, at(0)).map((f) => [f.rule, f.severity])).toEqual([
      ['compromised-unresolved', 'critical'],
    ]);
    for (let n = 1; n <= 8; n += 1)
      incidentStep(data, 'k', n, n === 2 ? 'two unknown orders at 03:12' : undefined, at(n / 24));
    const k = key(data);
    expect(k.incident?.steps.map((s) => [s.step, s.at, s.note])).toEqual(
      Array.from({ length: 8 }, (_, i) => [
        i + 1,
        at((i + 1) / 24).toISOString(),
        i === 1 ? 'two unknown orders at 03:12' : undefined,
      ]),
    );
    expect(k.status).toBe('compromised');
    finishIncident(data, 'k', at(1));
    expect(key(data)).toMatchObject({
      status: 'revoked',
      incident: { finishedAt: at(1).toISOString() },
    });
    const history = key(data).history;
    expect(history.map((e) => e.type)).toEqual([
      'incident-started',
      ...Array<string>(8).fill('incident-step'),
      'incident-finished',
    ]);
    expect(history.slice(1, 9).map((e) => e.detail?.replace(/:.*/, ''))).toEqual(
      LEAK_RESPONSE_CHECKLIST.map((s) => `${s.n}. ${s.title}`),
    );
    expect(history[2]?.detail).toBe(
      '2. Check recent account activity: two unknown orders at 03:12',
    );
    expect(JSON.stringify(history)).not.toContain('LEAKEDAPIKEY123456789');
    expect(findings(data, at(1))).toEqual([]);
    expect(vaultDataSchema.safeParse(data).success).toBe(true);
  });

  it('goes in order: no skipping, no repeating; finish only after all eight', () => {
    const data = vault();
    refused(
      data,
      () => incidentStep(data, 'k', 1, undefined, at(0)),
      /no leak response in progress/,
    );
    startIncident(data, 'k', at(0));
    refused(data, () => startIncident(data, 'k', at(0)), /already in progress/);
    refused(
      data,
      () => incidentStep(data, 'k', 2, undefined, at(0)),
      /Do step 1 first \(delete the leaked key/,
    );
    refused(data, () => incidentStep(data, 'k', 9, undefined, at(0)), /steps 1 to 8/);
    incidentStep(data, 'k', 1, undefined, at(0));
    refused(data, () => incidentStep(data, 'k', 1, undefined, at(0)), /already done/);
    refused(data, () => finishIncident(data, 'k', at(0)), /at step 2 of 8/);
  });

  it('refuses a note that contains the leaked key itself', () => {
    const data = vault();
    startIncident(data, 'k', at(0));
    refused(
      data,
      () => incidentStep(data, 'k', 1, 'it was leaked-secret-123456 in a gist', at(0)),
      /leave secrets/,
    );
  });

  it('a revoked key cannot start a new leak response', () => {
    const data = makeVault([makeKey({ id: 'k', status: 'revoked' })]);
    refused(data, () => startIncident(data, 'k', at(0)), /already revoked/);
  });

  it('cancels a rotation in progress, keeping its new key as an entry of its own', () => {
    const data = vault();
    startRotation(data, 'k', at(0));
    recordNewKey(
      data,
      'k',
      { apiKey: 'FRESHAPIKEY987654321', secret: 'fresh-secret-98765' },
      at(0),
    );
    startIncident(data, 'k', at(1));
    expect(key(data)).toMatchObject({ status: 'compromised', rotation: null });
    expect(data.keys.map((k) => k.label)).toEqual([
      'Leaky - Bot',
      'Leaky - Bot (new key, rotation abandoned)',
    ]);
    expect(
      key(data)
        .history.map((e) => e.type)
        .slice(-2),
    ).toEqual(['rotation-abandoned', 'incident-started']);
  });
});
