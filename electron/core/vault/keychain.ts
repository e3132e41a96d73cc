// The OS keychain port. One entry per vault: service = KEYWARD_KEYCHAIN_SERVICE (default
// "Keyward", so tests can use their own and never touch a user's entries), account = the
// vault id, password = the vault key in base64. Invariant: never log the value.
import { KeywardError } from '../errors';

export interface KeychainPort {
  get(account: string): Promise<string | null>;
  set(account: string, secret: string): Promise<void>;
  delete(account: string): Promise<boolean>;
}

export function keychainServiceName(): string {
  return process.env.KEYWARD_KEYCHAIN_SERVICE?.trim() || 'Keyward';
}

interface Keytar {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

function unavailable(error: unknown): KeywardError {
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return new KeywardError(
    'keychain-unavailable',
    `The OS keychain is not reachable (${detail}). On Linux start a Secret Service (GNOME Keyring or KWallet) and unlock it, or protect the vault with a passphrase instead, or open it with its recovery key (Recover in the app, or 'keyward recover').`,
    { cause: error },
  );
}

/** keytar, loaded lazily so a missing native build surfaces as a keychain error, not a crash. */
export function keytarKeychain(service: string = keychainServiceName()): KeychainPort {
  let keytar: Promise<Keytar> | undefined;
  const load = (): Promise<Keytar> => {
    keytar ??= import('keytar').then((m) => (m.default ?? m) as Keytar);
    return keytar;
  };
  const call = async <T>(fn: (k: Keytar) => Promise<T>): Promise<T> => {
    try {
      return await fn(await load());
    } catch (error) {
      if (error instanceof KeywardError) throw error;
      throw unavailable(error);
    }
  };
  return {
    get: (account) => call((k) => k.getPassword(service, account)),
    set: (account, secret) => call((k) => k.setPassword(service, account, secret)),
    delete: (account) => call((k) => k.deletePassword(service, account)),
  };
}

/** An in-memory keychain for tests and for machines without one where the user opted out. */
export function memoryKeychain(): KeychainPort & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    get: (account) => Promise.resolve(entries.get(account) ?? null),
    set: (account, secret) => {
      entries.set(account, secret);
      return Promise.resolve();
    },
    delete: (account) => Promise.resolve(entries.delete(account)),
  };
}

/** A keychain that is never reachable, for tests of the "no Secret Service" path. */
export function absentKeychain(): KeychainPort {
  const fail = () => Promise.reject(unavailable(new Error('no Secret Service is running')));
  return { get: fail, set: fail, delete: fail };
}
