// The vault: an encrypted file opened through the OS keychain, the recovery key, or a
// passphrase. Invariants:
// - the vault key lives only in this object's memory, the keychain, and wrapped inside the
//   header; it is never logged or written in plain form. close() overwrites this object's
//   Uint8Array of it with sodium.memzero; copies libsodium-wrappers made on its WebAssembly
//   heap during encryption and decryption are not wiped, nor is the keychain's base64 string
//   (JavaScript strings are immutable and stay in memory until garbage collected);
// - every change goes through update(): writer lock, fresh re-read, change, atomic save, so
//   no process loses another's update;
// - a vault that cannot be read is never written.
import { emptyVaultData, vaultDataSchema, type VaultData } from '../../../shared/domain/key-record';
import { KeywardError } from '../errors';
import { acquireLock } from './file-lock';
import type { KeychainPort } from './keychain';
import {
  moderateLimits,
  unwrapWithPassphrase,
  unwrapWithRecovery,
  VAULT_KEY_BYTES,
  wrapWithPassphrase,
  wrapWithRecovery,
  type PwhashLimits,
} from './key-wraps';
import { generateRecoveryKey, parseRecoveryKey } from './recovery-key';
import { loadSodium, type Sodium } from './sodium';
import { b64, keyFromKeychain, loadDecoded, parsePayload, validPassphrase } from './vault-read';
import {
  decodeVaultFile,
  decryptPayload,
  encodeVaultFile,
  type DecodedVault,
  type VaultHeader,
} from './vault-format';
import type { BackupRestored, BackupView } from '../../../shared/ipc/safety-views';
import { backupToRestore, listBackupViews, type BackupReader } from './backup-restore';
import { rekeyUnderLock, sameWrap, type RekeyOptions, type Rekeyed } from './rekey';
import {
  ensureVaultDir,
  listBackups,
  lockPath,
  readVaultBytes,
  readVaultVersion,
  replaceVaultBytes,
  vaultPath,
} from './vault-file';

export interface VaultInfo {
  exists: boolean;
  vaultId: string | null;
  hasPassphrase: boolean;
  keychainKept: boolean;
}

export interface CreateOptions {
  keychain: KeychainPort;
  passphrase?: string;
  /** With a passphrase: also keep the vault key in the keychain (unlock without typing it). */
  keepKeychain?: boolean;
  now?: Date;
  /** Argon2id limits; MODERATE unless a test asks for less. */
  pwhashLimits?: PwhashLimits;
}

export interface RecoverOptions {
  keychain: KeychainPort;
  recoveryKey: string;
  /** A passphrase-only vault: its new passphrase (required unless `keepKeychain`). */
  newPassphrase?: string;
  /** A passphrase-only vault: keep the vault key in the keychain instead (the old behaviour). */
  keepKeychain?: boolean;
  pwhashLimits?: PwhashLimits;
}

export interface OpenOptions {
  keychain: KeychainPort;
  passphrase?: string;
}

export class VaultStore {
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;
  /** The recovery wrap of the key this store holds: only a re-key writes another one. */
  private readonly keyRecoveryWrap: VaultHeader['wraps']['recovery'];

  private constructor(
    private readonly sodium: Sodium,
    readonly dir: string,
    private header: VaultHeader,
    private readonly key: Uint8Array,
  ) {
    this.keyRecoveryWrap = header.wraps.recovery;
  }

  get vaultId(): string {
    return this.header.vaultId;
  }

  get hasPassphrase(): boolean {
    return this.header.wraps.passphrase !== undefined;
  }

  get keychainKept(): boolean {
    return this.header.keychain;
  }

  /** What can be known without any key: whether a vault exists and how it opens. */
  static async describe(dir: string): Promise<VaultInfo> {
    const sodium = await loadSodium();
    const bytes = await readVaultBytes(dir);
    if (!bytes) return { exists: false, vaultId: null, hasPassphrase: false, keychainKept: false };
    const { header } = decodeVaultFile(sodium, bytes, vaultPath(dir));
    return {
      exists: true,
      vaultId: header.vaultId,
      hasPassphrase: header.wraps.passphrase !== undefined,
      keychainKept: header.keychain,
    };
  }

  static async create(
    dir: string,
    options: CreateOptions,
  ): Promise<{ store: VaultStore; recoveryKey: string }> {
    const sodium = await loadSodium();
    if (options.passphrase !== undefined) validPassphrase(options.passphrase);
    await ensureVaultDir(dir);
    const lock = await acquireLock(lockPath(dir));
    try {
      if (await readVaultBytes(dir)) {
        throw new KeywardError(
          'vault-exists',
          `A vault already exists in ${dir}; nothing was changed. Use another folder (--vault) to create a second one.`,
        );
      }
      const key = sodium.randombytes_buf(VAULT_KEY_BYTES);
      const vaultId = sodium.to_hex(sodium.randombytes_buf(16));
      const recovery = generateRecoveryKey(sodium);
      const keepKeychain = options.passphrase === undefined || options.keepKeychain === true;
      const header: VaultHeader = {
        vaultId,
        createdAt: (options.now ?? new Date()).toISOString(),
        keychain: keepKeychain,
        nonce: '',
        wraps: {
          recovery: wrapWithRecovery(sodium, key, recovery.bytes, vaultId),
          ...(options.passphrase !== undefined && {
            passphrase: wrapWithPassphrase(
              sodium,
              key,
              options.passphrase,
              vaultId,
              options.pwhashLimits ?? moderateLimits(sodium),
            ),
          }),
        },
      };
      // The keychain first: if it refuses, no vault file exists that nothing could open.
      if (keepKeychain) await options.keychain.set(vaultId, b64(sodium, key));
      const store = new VaultStore(sodium, dir, header, key);
      try {
        await store.write(emptyVaultData());
      } catch (error) {
        if (keepKeychain) await options.keychain.delete(vaultId).catch(() => undefined);
        throw error;
      }
      return { store, recoveryKey: recovery.text };
    } finally {
      await lock.release();
    }
  }

  static async open(dir: string, options: OpenOptions): Promise<VaultStore> {
    const sodium = await loadSodium();
    const decoded = await loadDecoded(sodium, dir);
    const { header } = decoded;
    let key: Uint8Array | null = null;
    if (options.passphrase !== undefined && header.wraps.passphrase) {
      key = unwrapWithPassphrase(
        sodium,
        header.wraps.passphrase,
        options.passphrase,
        header.vaultId,
      );
      if (!key) {
        throw new KeywardError(
          'wrong-passphrase',
          "The passphrase is wrong; nothing was changed. Try again, or open the vault with its recovery key (Recover in the app, or 'keyward recover').",
        );
      }
    } else if (header.wraps.passphrase && !header.keychain) {
      throw new KeywardError(
        'passphrase-required',
        "This vault has a passphrase: enter it (on the command line: --passphrase-stdin), or open the vault with its recovery key (Recover in the app, or 'keyward recover').",
      );
    } else {
      key = await keyFromKeychain(sodium, options.keychain, header.vaultId);
    }
    // Prove the key opens the payload now, so a bad vault fails at open, not at first use;
    // the header is trusted (kept by the store) only once it authenticated with the payload.
    decryptPayload(sodium, decoded, key, vaultPath(dir));
    return new VaultStore(sodium, dir, header, key);
  }

  /**
   * Opens with the recovery key, keeping the vault's protection: a vault that keeps its key in
   * the keychain gets the entry back (as before); a passphrase-only vault stays one, with the
   * new passphrase the user gives (the old one is presumably forgotten), unless the user asks
   * for `keepKeychain`, which then stores the key in the keychain instead. Invariant: recovery
   * never puts the key of a passphrase-only vault in the keychain unasked, since any process
   * of the user could then open the vault without the passphrase.
   */
  static async recover(dir: string, options: RecoverOptions): Promise<VaultStore> {
    const sodium = await loadSodium();
    const decoded = await loadDecoded(sodium, dir);
    const passphraseOnly = !decoded.header.keychain;
    const newPassphrase =
      passphraseOnly && !options.keepKeychain ? options.newPassphrase : undefined;
    const parsed = parseRecoveryKey(sodium, options.recoveryKey);
    if (!parsed.ok) {
      throw new KeywardError(
        'wrong-recovery-key',
        `That is not a valid recovery key: ${parsed.reason}.`,
      );
    }
    const key = unwrapWithRecovery(
      sodium,
      decoded.header.wraps.recovery,
      parsed.bytes,
      decoded.header.vaultId,
    );
    if (!key) {
      throw new KeywardError(
        'wrong-recovery-key',
        'That recovery key does not belong to this vault; nothing was changed. Check that --vault points at the right folder.',
      );
    }
    // The recovery key is checked first: a wrong one is the more useful thing to hear.
    if (passphraseOnly && !options.keepKeychain) {
      if (newPassphrase === undefined || newPassphrase === '') {
        throw new KeywardError(
          'invalid-input',
          'This vault is protected by a passphrase only, and recovery keeps it so: give a new passphrase (on the command line: the line after the recovery key), or --keep-keychain to keep the vault key in the OS keychain instead; nothing was changed.',
        );
      }
      validPassphrase(newPassphrase);
    }
    decryptPayload(sodium, decoded, key, vaultPath(dir));
    const store = new VaultStore(sodium, dir, decoded.header, key);
    if (newPassphrase !== undefined) {
      // A new passphrase wrap; the keychain is left without the key, as the header says.
      await store.setPassphrase(newPassphrase, {
        keychain: options.keychain,
        keepKeychain: false,
        ...(options.pwhashLimits && { pwhashLimits: options.pwhashLimits }),
      });
      return store;
    }
    await options.keychain.set(decoded.header.vaultId, b64(sodium, key));
    if (!decoded.header.keychain) {
      // Asked for (keepKeychain): record that the next open finds the key there.
      await store.updateHeader((h) => ({ ...h, keychain: true }));
    }
    return store;
  }

  /** A fresh, decrypted, validated copy of the vault as it is on disk now. */
  async read(): Promise<VaultData> {
    return (await this.readVersioned()).data;
  }

  /** `read()`, with the version (see `version()`) of the very bytes it decrypted. */
  async readVersioned(): Promise<{ data: VaultData; version: string }> {
    this.assertOpen();
    const decoded = await loadDecoded(this.sodium, this.dir);
    this.assertSameVault(decoded.header);
    const data = parsePayload(this.decryptOrRekeyed(decoded), vaultPath(this.dir));
    return { data, version: decoded.checksum };
  }

  /**
   * The version of the vault on disk now, without decrypting it (reads its last 32 bytes):
   * changes with every save by any process. Null when the file is gone.
   */
  version(): Promise<string | null> {
    this.assertOpen();
    return readVaultVersion(this.dir);
  }

  /**
   * Lock, re-read, let `fn` change the data in place, validate, save atomically. If `fn`
   * throws, nothing is saved. Updates within this process are queued; across processes the
   * file lock orders them. `historyOnly`: `fn` only appends history events (a copy, a
   * reveal), so the version it replaces is kept in backups/ only as long as recent saves are.
   */
  update<T>(
    fn: (data: VaultData) => T | Promise<T>,
    options: { historyOnly?: boolean } = {},
  ): Promise<T> {
    const run = this.queue.then(async () => {
      this.assertOpen();
      const lock = await acquireLock(lockPath(this.dir));
      try {
        const data = await this.readUnderLock();
        const result = await fn(data);
        const checked = vaultDataSchema.safeParse(data);
        if (!checked.success) {
          const issue = checked.error.issues[0];
          throw new KeywardError(
            'invalid-input',
            `The change was refused (${issue?.path.join('.') ?? 'vault'}: ${issue?.message ?? 'invalid'}); nothing was saved.`,
          );
        }
        await this.write(checked.data, options.historyOnly === true);
        return result;
      } finally {
        await lock.release();
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  async verifyPassphrase(passphrase: string): Promise<boolean> {
    this.assertOpen();
    const decoded = await loadDecoded(this.sodium, this.dir);
    const wrap = decoded.header.wraps.passphrase;
    if (!wrap) return false;
    const key = unwrapWithPassphrase(this.sodium, wrap, passphrase, decoded.header.vaultId);
    return key !== null && this.sodium.memcmp(key, this.key);
  }

  /**
   * True when `text` is this vault's current recovery key (it opens this store's key). Used
   * before the recovery key is written into an emergency kit, so a kit never holds a wrong one.
   */
  isRecoveryKey(text: string): boolean {
    this.assertOpen();
    const parsed = parseRecoveryKey(this.sodium, text);
    if (!parsed.ok) return false;
    const key = unwrapWithRecovery(
      this.sodium,
      this.header.wraps.recovery,
      parsed.bytes,
      this.header.vaultId,
    );
    return key !== null && this.sodium.memcmp(key, this.key);
  }

  /**
   * Sets, changes or removes (null) the passphrase, and whether the keychain keeps the key.
   * Invariant: when the keychain is to open the vault (removal, or keepKeychain), the entry is
   * written and read back before the header changes, so a keychain that drops the entry
   * never leaves a vault that only the recovery key opens.
   */
  async setPassphrase(
    passphrase: string | null,
    options: { keychain: KeychainPort; keepKeychain: boolean; pwhashLimits?: PwhashLimits },
  ): Promise<void> {
    if (passphrase !== null) validPassphrase(passphrase);
    const keep = passphrase === null || options.keepKeychain;
    if (keep) {
      const stored = b64(this.sodium, this.key);
      await options.keychain.set(this.vaultId, stored);
      if ((await options.keychain.get(this.vaultId)) !== stored) {
        throw new KeywardError(
          'keychain-unavailable',
          'The OS keychain did not keep the vault key (it reads back differently or not at all), so the keychain cannot open the vault; the passphrase is unchanged. Unlock the keychain and try again.',
        );
      }
    }
    await this.updateHeader((h) => {
      const { passphrase: _old, ...wraps } = h.wraps;
      return {
        ...h,
        keychain: keep,
        wraps:
          passphrase === null
            ? wraps
            : {
                ...wraps,
                passphrase: wrapWithPassphrase(
                  this.sodium,
                  this.key,
                  passphrase,
                  h.vaultId,
                  options.pwhashLimits ?? moderateLimits(this.sodium),
                ),
              },
      };
    });
    if (!keep) await options.keychain.delete(this.vaultId).catch(() => false);
  }

  /**
   * Re-keys the vault (see rekey.ts): a new vault key and recovery key, the records
   * re-encrypted, the keychain entry replaced when the vault keeps one, every copy under the
   * old key deleted. Under the writer lock like every write. A passphrase vault stays one:
   * its current passphrase is checked and a different new one is required.
   */
  rekey(options: RekeyOptions): Promise<Rekeyed<VaultStore>> {
    const run = this.queue.then(async () => {
      this.assertOpen();
      const lock = await acquireLock(lockPath(this.dir));
      try {
        const data = await this.readUnderLock();
        const { sodium, dir } = this;
        return await rekeyUnderLock(sodium, dir, this.header, this.key, options, {
          verifyPassphrase: (passphrase) => this.verifyPassphrase(passphrase),
          writeNew: async (header, key) => {
            const store = new VaultStore(sodium, dir, header, key);
            try {
              await store.write(data);
            } catch (error) {
              store.close();
              throw error;
            }
            return store;
          },
          closeOld: () => this.close(),
        });
      } finally {
        await lock.release();
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The vault's backups, newest first, with time and key count (see backup-restore.ts). */
  backups(): Promise<BackupView[]> {
    this.assertOpen();
    return listBackupViews(this.backupReader());
  }

  /**
   * Replaces the records with those of a backup this store's key opens, under the writer
   * lock; like every save, the current version is first kept in backups/. The header stays
   * the current one: the current passphrase and recovery key open the restored vault, and an
   * old passphrase the backup's header may hold is not brought back.
   */
  restoreBackup(name: string): Promise<BackupRestored> {
    const run = this.queue.then(async () => {
      this.assertOpen();
      const lock = await acquireLock(lockPath(this.dir));
      try {
        // A vault that cannot be read is never written, not even by a restore.
        await this.readUnderLock();
        const { view, data } = await backupToRestore(this.backupReader(), name);
        const checked = vaultDataSchema.safeParse(data);
        if (!checked.success) {
          throw new KeywardError(
            'vault-unreadable',
            `The backup "${name}" holds records this Keyward cannot use; nothing was changed.`,
          );
        }
        const before = new Set(await listBackups(this.dir));
        await this.write(checked.data);
        const keptAs = (await listBackups(this.dir)).find((n) => !before.has(n)) ?? null;
        return { restored: view, keptAs };
      } finally {
        await lock.release();
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * True when another process re-keyed the vault since this store opened it: the same vault,
   * a recovery wrap only a re-key writes, and a payload this store's key no longer opens.
   */
  async isRekeyed(): Promise<boolean> {
    if (this.closed) return false;
    let decoded;
    try {
      decoded = await loadDecoded(this.sodium, this.dir);
    } catch {
      return false; // gone or damaged: the reads' own errors say so
    }
    if (decoded.header.vaultId !== this.header.vaultId) return false;
    if (sameWrap(decoded.header.wraps.recovery, this.keyRecoveryWrap)) return false;
    try {
      decryptPayload(this.sodium, decoded, this.key, vaultPath(this.dir));
      return false;
    } catch {
      return true;
    }
  }

  /**
   * Overwrites the vault key's bytes (this Uint8Array only: see the invariants above) and
   * drops the store. It cannot be used afterwards.
   */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.sodium.memzero(this.key);
  }

  private backupReader(): BackupReader {
    const { sodium, dir, key } = this;
    return { sodium, dir, key, vaultId: this.header.vaultId, recoveryWrap: this.keyRecoveryWrap };
  }

  private async updateHeader(change: (header: VaultHeader) => VaultHeader): Promise<void> {
    const run = this.queue.then(async () => {
      const lock = await acquireLock(lockPath(this.dir));
      try {
        const data = await this.readUnderLock();
        this.header = change(this.header);
        await this.write(data);
      } finally {
        await lock.release();
      }
    });
    this.queue = run.catch(() => undefined);
    await run;
  }

  private async readUnderLock(): Promise<VaultData> {
    const decoded = await loadDecoded(this.sodium, this.dir);
    this.assertSameVault(decoded.header);
    const plaintext = this.decryptOrRekeyed(decoded);
    // Another process may have changed the header (a passphrase set by the CLI): adopt it,
    // but only now that it authenticated with the payload (it is the AEAD's associated data).
    this.header = decoded.header;
    return parsePayload(plaintext, vaultPath(this.dir));
  }

  private decryptOrRekeyed(decoded: DecodedVault): Uint8Array {
    try {
      return decryptPayload(this.sodium, decoded, this.key, vaultPath(this.dir));
    } catch (error) {
      if (!sameWrap(decoded.header.wraps.recovery, this.keyRecoveryWrap)) {
        throw new KeywardError(
          'locked',
          'The vault was re-keyed by another Keyward (the app or the command line), so the key this one holds opens nothing; nothing was changed. Open the vault again.',
        );
      }
      throw error;
    }
  }

  private async write(data: VaultData, historyOnly = false): Promise<void> {
    const nonce = this.sodium.randombytes_buf(
      this.sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
    );
    this.header = { ...this.header, nonce: b64(this.sodium, nonce) };
    const plaintext = new TextEncoder().encode(JSON.stringify(data));
    const bytes = encodeVaultFile(this.sodium, this.header, plaintext, this.key);
    // Wipes the payload's bytes; the JSON string and the strings inside `data` (secrets
    // included) cannot be wiped and stay until garbage collected.
    this.sodium.memzero(plaintext);
    await replaceVaultBytes(this.dir, bytes, { historyOnly });
  }

  private assertSameVault(header: VaultHeader): void {
    if (header.vaultId !== this.header.vaultId) {
      throw new KeywardError(
        'vault-unreadable',
        `The vault file in ${this.dir} was replaced by another vault; lock and open it again.`,
      );
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new KeywardError('locked', 'The vault is locked; unlock it first.');
  }
}
