import { describe, expect, it } from 'vitest';
import { vaultDataSchema } from '../../../shared/domain/key-record';
import type { VaultData } from '../../../shared/domain/key-record';
import { findings } from '../../../shared/findings';
import { daysAfter, makeKey, makeVault, T0 } from '../../../shared/findings/test-fixtures';
import {
  abandonRotation,
  finishRotation,
  markRotationStep,
  recordNewKey,
  setPendingApiKey,
  startRotation,
} from './rotation';

const OLD_API = 'OLDAPIKEY1234567890abcdef';
const NEW_API = 'NEWAPIKEY0987654321zyxwvu';
const NEW_SECRET = 'new-secret-value-0123456789';

function vault(): VaultData {
  return makeVault([
    makeKey({ id: 'k', label: 'Acme - Bot', apiKey: OLD_API, secret: 'old-secret-value-0123' }),
  ]);
}
const at = (d: number) => daysAfter(T0, d);
const key = (data: VaultData) => data.keys.find((k) => k.id === 'k')!;
/** Runs fn and checks it refuses with a message matching re, changing nothing. */
function refused(data: VaultData, fn: () => unknown, re: RegExp) {
  const before = JSON.stringify(data);
  // The store rolls back on throw; these mutators also throw before touching anything.
  expect(fn).toThrow(re);
  expect(JSON.stringify(data)).toBe(before);
}

describe('rotation', () => {
  it('runs the four steps in order and replaces the key material on finish', () => {
    const data = vault();
    startRotation(data, 'Acme - Bot', at(1));
    expect(key(data)).toMatchObject({
      status: 'rotating',
      rotation: { startedAt: at(1).toISOString(), pending: null },
    });
    recordNewKey(data, 'k', { apiKey: NEW_API, secret: NEW_SECRET }, at(2));
    markRotationStep(data, 'k', 'service-updated', at(3));
    markRotationStep(data, 'k', 'confirmed-working', at(4));
    expect(key(data).rotation?.steps).toEqual({
      'new-key-created': at(2).toISOString(),
      'service-updated': at(3).toISOString(),
      'confirmed-working': at(4).toISOString(),
    });
    // Until finish, the old material is what `get` and `exec` give.
    expect(key(data).apiKey).toBe(OLD_API);
    finishRotation(data, 'k', at(5));
    const k = key(data);
    expect(k).toMatchObject({
      apiKey: NEW_API,
      secret: NEW_SECRET,
      status: 'active',
      rotation: null,
      lastRotatedAt: at(5).toISOString(),
    });
    expect(k.history.map((e) => [e.type, e.at])).toEqual([
      ['rotation-started', at(1).toISOString()],
      ['rotation-step', at(2).toISOString()],
      ['rotation-step', at(3).toISOString()],
      ['rotation-step', at(4).toISOString()],
      ['rotation-step', at(5).toISOString()],
      ['rotation-finished', at(5).toISOString()],
    ]);
    // The old fingerprint stays in history; no secret or full API key ever does.
    const history = JSON.stringify(k.history);
    expect(history).toContain('OLDA…cdef');
    expect(history).toContain('NEWA…xwvu');
    for (const s of [OLD_API, NEW_API, NEW_SECRET, 'old-secret-value-0123'])
      expect(history).not.toContain(s);
    expect(vaultDataSchema.safeParse(data).success).toBe(true);
    // Rotated: the rotation is no longer due.
    expect(findings(data, at(80)).filter((f) => f.rule.startsWith('rotation'))).toEqual([]);
  });

  it('step old-key-deleted is the finish', () => {
    const data = vault();
    startRotation(data, 'k', at(1));
    recordNewKey(data, 'k', { apiKey: NEW_API, secret: NEW_SECRET }, at(1));
    markRotationStep(data, 'k', 'service-updated', at(1));
    markRotationStep(data, 'k', 'confirmed-working', at(1));
    markRotationStep(data, 'k', 'old-key-deleted', at(2));
    expect(key(data)).toMatchObject({ apiKey: NEW_API, rotation: null, status: 'active' });
  });

  it('refuses steps out of order, twice, or without a rotation, changing nothing', () => {
    const data = vault();
    refused(
      data,
      () => markRotationStep(data, 'k', 'service-updated', at(1)),
      /no rotation in progress/,
    );
    refused(data, () => finishRotation(data, 'k', at(1)), /no rotation in progress/);
    startRotation(data, 'k', at(1));
    refused(data, () => startRotation(data, 'k', at(1)), /already being rotated/);
    refused(data, () => markRotationStep(data, 'k', 'service-updated', at(1)), /before step 2/);
    refused(
      data,
      () => markRotationStep(data, 'k', 'new-key-created', at(1)),
      /recording the new key/,
    );
    refused(data, () => finishRotation(data, 'k', at(1)), /Step 1 .* is not done/);
    recordNewKey(data, 'k', { apiKey: NEW_API, secret: NEW_SECRET }, at(1));
    refused(data, () => markRotationStep(data, 'k', 'confirmed-working', at(1)), /before step 3/);
    refused(data, () => finishRotation(data, 'k', at(1)), /Step 2 .* is not done/);
    markRotationStep(data, 'k', 'service-updated', at(1));
    refused(data, () => markRotationStep(data, 'k', 'service-updated', at(1)), /already done/);
    refused(
      data,
      () => recordNewKey(data, 'k', { apiKey: 'OTHERKEY123456', secret: 'x' }, at(1)),
      /no longer be replaced/,
    );
  });

  it('refuses new material that is empty or the same as the old key', () => {
    const data = vault();
    startRotation(data, 'k', at(1));
    refused(
      data,
      () => recordNewKey(data, 'k', { apiKey: NEW_API, secret: '  ' }, at(1)),
      /secret .* is empty/,
    );
    refused(
      data,
      () => recordNewKey(data, 'k', { apiKey: '', secret: NEW_SECRET }, at(1)),
      /API key .* is empty/,
    );
    refused(
      data,
      () => recordNewKey(data, 'k', { apiKey: OLD_API, secret: NEW_SECRET }, at(1)),
      /already has/,
    );
    refused(
      data,
      () => recordNewKey(data, 'k', { apiKey: 'A B', secret: NEW_SECRET }, at(1)),
      /no spaces/,
    );
  });

  it('only an active key can be rotated', () => {
    for (const status of ['compromised', 'revoked'] as const) {
      const data = makeVault([makeKey({ id: 'k', status })]);
      refused(
        data,
        () => startRotation(data, 'k', at(1)),
        status === 'compromised' ? /leak response/ : /only an active key/,
      );
    }
  });

  it('an Ed25519 replacement needs the API key the exchange gives before finishing', () => {
    const data = vault();
    startRotation(data, 'k', at(1));
    recordNewKey(
      data,
      'k',
      {
        apiKey: '',
        secret: '-----BEGIN PRIVATE KEY-----\nMC4C\n-----END PRIVATE KEY-----\n',
        publicKeyPem:
          '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAabcdefgh\n-----END PUBLIC KEY-----\n',
      },
      at(1),
    );
    markRotationStep(data, 'k', 'service-updated', at(1));
    markRotationStep(data, 'k', 'confirmed-working', at(1));
    refused(data, () => finishRotation(data, 'k', at(2)), /Record the API key the exchange gave/);
    setPendingApiKey(data, 'k', NEW_API, at(2));
    finishRotation(data, 'k', at(3));
    expect(key(data).apiKey).toBe(NEW_API);
    expect(key(data).publicKeyPem).toContain('PUBLIC KEY');
  });
});

describe('abandoning a rotation loses nothing', () => {
  it('before new material: the key is exactly as before, plus a history event', () => {
    const data = vault();
    const before = structuredClone(key(data));
    startRotation(data, 'k', at(1));
    const { keptNewKey } = abandonRotation(data, 'k', at(2));
    expect(keptNewKey).toBeNull();
    const { history, ...rest } = key(data);
    const { history: oldHistory, ...oldRest } = before;
    expect(rest).toEqual(oldRest);
    expect(history.slice(oldHistory.length).map((e) => e.type)).toEqual([
      'rotation-started',
      'rotation-abandoned',
    ]);
    expect(data.keys).toHaveLength(1);
  });

  it('after recording a new key: the old key is unchanged and the new key is kept as its own entry', () => {
    const data = vault();
    startRotation(data, 'k', at(1));
    recordNewKey(data, 'k', { apiKey: NEW_API, secret: NEW_SECRET }, at(1));
    markRotationStep(data, 'k', 'service-updated', at(2));
    const { keptNewKey } = abandonRotation(data, 'k', at(3));
    expect(key(data)).toMatchObject({
      apiKey: OLD_API,
      secret: 'old-secret-value-0123',
      status: 'active',
      rotation: null,
    });
    expect(keptNewKey).toMatchObject({
      label: 'Acme - Bot (new key, rotation abandoned)',
      apiKey: NEW_API,
      secret: NEW_SECRET,
      status: 'active',
      permissions: key(data).permissions,
      ipWhitelist: key(data).ipWhitelist,
    });
    expect(data.keys).toHaveLength(2);
    expect(key(data).history.at(-1)?.detail).toMatch(
      /after 2 of 4 steps.*kept as "Acme - Bot \(new key, rotation abandoned\)"/,
    );
    expect(vaultDataSchema.safeParse(data).success).toBe(true);
  });
});
