// A vault written by the release before the credential model (fixtures/v0.1-passphrase, made by
// that release's `keyward` CLI) opens, gains the new fields' defaults, keeps its OKX key that
// has no API passphrase (with a finding, never dropped), is saved upgraded, and `keyward get`'s
// quick path still serves it.
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyFindings } from '../../../shared/findings';
import { KeyService } from '../keys/key-service';
import { tempDir } from '../test/temp-dir';
import { memoryKeychain } from './keychain';
import { quickReadData, quickReadValue } from './quick-read';
import { VaultStore } from './vault-store';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/v0.1-passphrase');
const PASSPHRASE = 'fixture passphrase 1';
const OLD_SECRET = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j';

async function openFixture() {
  const dir = await tempDir();
  await cp(FIXTURE, dir, { recursive: true });
  const keychain = memoryKeychain();
  const store = await VaultStore.open(dir, { keychain, passphrase: PASSPHRASE });
  return { dir, keychain, store };
}

describe('a vault from the release before the credential model', () => {
  it('opens with every key, each given its exchange main host, live, no extras', async () => {
    const { store } = await openFixture();
    const data = await store.read();
    const byLabel = Object.fromEntries(data.keys.map((k) => [k.label, k]));
    const binance = byLabel['Binance - Tracker']!;
    const okx = byLabel['OKX - Grid']!;
    expect(binance).toMatchObject({
      provider: 'binance',
      host: 'api.binance.com',
      environment: 'live',
      extras: [],
      secret: OLD_SECRET,
    });
    expect(binance.passphrase).toBeUndefined();
    // The rotation recorded by the old release keeps its new key; it has no passphrase.
    expect(binance.rotation?.pending?.apiKey).toMatch(/^NEWapiKey/);
    expect(binance.rotation?.pending?.passphrase).toBeUndefined();
    expect(okx).toMatchObject({ provider: 'okx', host: 'www.okx.com', environment: 'live' });
    expect(okx.passphrase).toBeUndefined();
    store.close();
  });

  it('keeps the OKX key without a passphrase and reports it as missing-passphrase', async () => {
    const { store } = await openFixture();
    const data = await store.read();
    const okx = data.keys.find((k) => k.provider === 'okx')!;
    const found = keyFindings(okx, data, new Date('2026-12-02T00:00:00Z'));
    expect(found.find((f) => f.rule === 'missing-passphrase')).toMatchObject({
      severity: 'high',
      keyId: okx.id,
    });
    store.close();
  });

  it('is saved upgraded, and the quick path of `keyward get` serves the upgraded vault', async () => {
    const { dir, keychain, store } = await openFixture();
    // Drop the passphrase (the keychain keeps the key): this save writes the payload anew,
    // and the quick path only serves keychain vaults.
    await store.setPassphrase(null, { keychain, keepKeychain: true });
    const raw = await quickReadData(dir, keychain);
    expect(raw).not.toBeNull();
    for (const key of raw!.keys) {
      expect(key.host, key.label).toBe(key.provider === 'okx' ? 'www.okx.com' : 'api.binance.com');
      expect(key.environment).toBe('live');
      expect(key.extras).toEqual([]);
    }
    expect(await quickReadValue(dir, 'Binance - Tracker', 'secret', keychain)).toBe(OLD_SECRET);
    expect(await quickReadValue(dir, 'okx - grid', 'apiKey', keychain)).toBe(
      '1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d',
    );
    // No passphrase stored: the quick path leaves it to the full command (which says why).
    expect(await quickReadValue(dir, 'OKX - Grid', 'passphrase', keychain)).toBeNull();

    // Recording the missing passphrase later works, and the quick path serves it too.
    await new KeyService(store).edit('OKX - Grid', { passphrase: 'Okx-Pass-2026!' });
    expect(await quickReadValue(dir, 'OKX - Grid', 'passphrase', keychain)).toBe('Okx-Pass-2026!');
    store.close();
  });
});
