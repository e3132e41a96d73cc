// Runs against the real Secret Service that scripts/with-keyring.sh provides (gnome-keyring
// in a private D-Bus session in CI): what keytar writes, the hand-written D-Bus read returns.
import { createCipheriv, randomBytes, randomUUID } from 'node:crypto';
import os from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type FakeSecretService,
  type FakeSecretServiceOptions,
  startFakeSecretService,
} from './fake-secret-service';
import { keytarKeychain } from './keychain';
import { readSecretServicePassword, sessionBusSocket } from './secret-service-read';
import { SessionKeyExchange, decryptSessionValue, sessionKey } from './secret-service-session';

const service = `keyward-test-dbus-${randomUUID()}`;
const keychain = keytarKeychain(service);
const written: string[] = [];

afterAll(async () => {
  for (const account of written) await keychain.delete(account);
});

describe.runIf(process.platform === 'linux')('readSecretServicePassword', () => {
  it('reads what keytar stored, exactly', async () => {
    const account = randomUUID();
    const value = randomBytes(32).toString('base64');
    await keychain.set(account, value);
    written.push(account);
    expect(await readSecretServicePassword(service, account)).toBe(value);
  });
});

describe('SessionKeyExchange', () => {
  // RFC 2409's Second Oakley Group, written out here so the test does not trust the code.
  const p = BigInt(
    '0xFFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DDEF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7EDEE386BFB5A899FA5AE9F24117C4B1FE649286651ECE65381FFFFFFFFFFFFFFFF',
  );
  const modPow = (base: bigint, exponent: bigint): bigint => {
    let result = 1n;
    let b = base % p;
    for (let e = exponent; e > 0n; e >>= 1n) {
      if (e & 1n) result = (result * b) % p;
      b = (b * b) % p;
    }
    return result;
  };
  const big = (buffer: Buffer) => BigInt(`0x${buffer.toString('hex')}`);

  it('agrees with a peer that does the group arithmetic by hand', () => {
    for (let i = 0; i < 20; i++) {
      const ours = new SessionKeyExchange();
      const peerExponent = big(randomBytes(128));
      const peerPublic = modPow(2n, peerExponent);
      const peerBytes = Buffer.from(peerPublic.toString(16).padStart(256, '0'), 'hex');
      const secret = ours.sharedSecret(peerBytes);
      expect(secret).toHaveLength(128);
      expect(big(secret)).toBe(modPow(big(ours.publicKey), peerExponent));
      expect(ours.publicKey[0]).not.toBe(0);
    }
  });

  it('derives the session key with HKDF-SHA256, no salt, no info, 16 bytes', () => {
    // RFC 5869 test case 3 (SHA-256, zero-length salt and info), cut to 16 bytes.
    const ikm = Buffer.alloc(22, 0x0b);
    expect(sessionKey(ikm).toString('hex')).toBe('8da4e775a563c18f715f802a063c5a31');
  });
});

describe('decryptSessionValue', () => {
  it('reads an AES-128-CBC (PKCS#7) value and refuses one under another key', () => {
    const key = randomBytes(16);
    const iv = randomBytes(16);
    const cipher = createCipheriv('aes-128-cbc', key, iv);
    const value = Buffer.concat([cipher.update('vault-key-ключ', 'utf8'), cipher.final()]);
    expect(decryptSessionValue(key, iv, value)).toBe('vault-key-ключ');
    expect(() => decryptSessionValue(randomBytes(16), iv, value)).toThrow();
  });
});

describe('readSecretServicePassword against a fake Secret Service', () => {
  const fakes: FakeSecretService[] = [];
  afterAll(async () => {
    for (const fake of fakes) await fake.close();
  });
  const read = async (options: FakeSecretServiceOptions, timeoutMs?: number) => {
    const fake = await startFakeSecretService(options);
    fakes.push(fake);
    const value = await readSecretServicePassword(
      'Keyward',
      'vault-1',
      { DBUS_SESSION_BUS_ADDRESS: fake.address },
      timeoutMs,
    );
    return { value, fake };
  };

  it('searches with keytar attributes and decrypts the DH session value', async () => {
    const { value, fake } = await read({ password: 'ключ-🔑' });
    expect(value).toBe('ключ-🔑');
    expect(fake.searches).toEqual([
      [
        ['xdg:schema', 'org.freedesktop.Secret.Generic'],
        ['service', 'Keyward'],
        ['account', 'vault-1'],
      ],
    ]);
  });

  it('answers null for a locked or missing item, without asking to unlock', async () => {
    expect((await read({ password: 'x', item: 'locked' })).value).toBeNull();
    expect((await read({ password: 'x', item: 'missing' })).value).toBeNull();
  });

  it('answers null when the service refuses the encrypted session (never falls to plain)', async () => {
    const { value } = await read({
      password: 'x',
      openSessionError: 'org.freedesktop.DBus.Error.NotSupported',
    });
    expect(value).toBeNull();
  });

  it('answers null when the service does not answer in time', async () => {
    expect((await read({ password: 'x', silent: true }, 200)).value).toBeNull();
  });

  it('answers null when no bus is reachable', async () => {
    const dead = {
      DBUS_SESSION_BUS_ADDRESS: `unix:path=${os.tmpdir()}/keyward-no-bus-${randomUUID()}`,
    };
    expect(await readSecretServicePassword('Keyward', 'vault-1', dead)).toBeNull();
    expect(await readSecretServicePassword('Keyward', 'vault-1', {})).toBeNull();
  });
});

describe('sessionBusSocket', () => {
  it('reads unix path and abstract addresses, unescaping values', () => {
    expect(sessionBusSocket({ DBUS_SESSION_BUS_ADDRESS: 'unix:path=/run/user/1000/bus' })).toBe(
      '/run/user/1000/bus',
    );
    expect(
      sessionBusSocket({ DBUS_SESSION_BUS_ADDRESS: 'unix:abstract=/tmp/dbus-x,guid=abc' }),
    ).toBe('\0/tmp/dbus-x');
    expect(sessionBusSocket({ DBUS_SESSION_BUS_ADDRESS: 'unix:path=/tmp/a%20b' })).toBe('/tmp/a b');
    expect(
      sessionBusSocket({ DBUS_SESSION_BUS_ADDRESS: 'tcp:host=x,port=1;unix:path=/tmp/bus' }),
    ).toBe('/tmp/bus');
  });

  it('falls back to $XDG_RUNTIME_DIR/bus, and answers null for what it cannot reach', () => {
    expect(sessionBusSocket({ XDG_RUNTIME_DIR: '/run/user/7' })).toBe('/run/user/7/bus');
    expect(sessionBusSocket({ DBUS_SESSION_BUS_ADDRESS: 'tcp:host=x,port=1' })).toBeNull();
    expect(sessionBusSocket({})).toBeNull();
  });
});
