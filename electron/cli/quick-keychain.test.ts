// The quick path's keychain on Linux: the D-Bus read first, keytar whenever it answers null.
// Runs against the Secret Service that scripts/with-keyring.sh provides.
import { randomBytes, randomUUID } from 'node:crypto';
import os from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { startFakeSecretService } from '../core/vault/fake-secret-service';
import { keytarKeychain } from '../core/vault/keychain';
import { quickKeychain } from './quick-get';

const service = `keyward-test-quick-${randomUUID()}`;
const account = randomUUID();
const value = randomBytes(32).toString('base64');

afterAll(async () => {
  await keytarKeychain(service).delete(account);
});

describe.runIf(process.platform === 'linux')('quickKeychain', () => {
  it('reads the entry keytar wrote, over D-Bus or through keytar when D-Bus fails', async () => {
    await keytarKeychain(service).set(account, value);
    expect(await quickKeychain(process.env, service).get(account)).toBe(value);
    const noBus = { DBUS_SESSION_BUS_ADDRESS: `unix:path=${os.tmpdir()}/no-bus-${randomUUID()}` };
    expect(await quickKeychain(noBus, service).get(account)).toBe(value);
  });

  it('asks the D-Bus service first', async () => {
    const fake = await startFakeSecretService({ password: 'from-the-bus' });
    try {
      const env = { DBUS_SESSION_BUS_ADDRESS: fake.address };
      expect(await quickKeychain(env, service).get(account)).toBe('from-the-bus');
      expect(fake.searches).toHaveLength(1);
    } finally {
      await fake.close();
    }
  });
});
