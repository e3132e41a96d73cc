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
// Opening is in vault-open.ts, the passphrase and recovery in vault-protection.ts, re-keying
// in rekey.ts, backups in backup-restore.ts; this class holds the key and the writer queue.
import { emptyVaultData, vaultDataSchema, type VaultData } from '../../../shared/domain/key-record';
import type { BackupRestored, BackupView } from '../../../shared/ipc/safety-views';
import { KeywardError } from '../errors';
import { listBackupViews, restoreBackupUnderLock, type BackupReader } from './backup-restore';
import { acquireLock } from './file-lock';
import {
  decryptOrRekeyed,
  rekeyedSince,
  rekeyUnderLock,
  type RekeyOptions,
  type Rekeyed,
} from './rekey';
import type { Sodium } from './sodium';
import { lockPath, readVaultVersion, replaceVaultBytes, vaultPath } from './vault-file';
import { encodeVaultFile, type DecodedVault, type VaultHeader } from './vault-format';
import {
  createVault,
  describeVault,
  openVault,
  type CreateOptions,
  type OpenOptions,
  type VaultInfo,
} from './vault-open';
import {
  changePassphrase,
  passphraseOpensKey,
  recoverVault,
  recoveryKeyOpensKey,
  type PassphraseOptions,
  type RecoverOptions,
} from './vault-protection';
import { b64, loadDecoded, parsePayload } from './vault-read';

// The types of VaultStore's own signatures, so its users import them from here.
export type { CreateOptions, OpenOptions, VaultInfo } from './vault-open';
export type { RecoverOptions } from './vault-protection';

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
  static describe(dir: string): Promise<VaultInfo> {
    return describeVault(dir);
  }

  static create(
    dir: string,
    options: CreateOptions,
  ): Promise<{ store: VaultStore; recoveryKey: string }> {
    return createVault(dir, options, async (sodium, header, key) => {
      const store = new VaultStore(sodium, dir, header, key);
      await store.write(emptyVaultData());
      return store;
    });
  }

  static async open(dir: string, options: OpenOptions): Promise<VaultStore> {
    const { sodium, header, key } = await openVault(dir, options);
    return new VaultStore(sodium, dir, header, key);
  }

  /** Opens with the recovery key, keeping the vault's protection (see vault-protection.ts). */
  static recover(dir: string, options: RecoverOptions): Promise<VaultStore> {
    return recoverVault(dir, options, {
      openStore: ({ sodium, header, key }) => new VaultStore(sodium, dir, header, key),
      setPassphrase: (store, passphrase, opts) => store.setPassphrase(passphrase, opts),
      markKeychainKept: (store) => store.updateHeader((h) => ({ ...h, keychain: true })),
    });
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
    return this.underWriterLock(async () => {
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
    });
  }

  async verifyPassphrase(passphrase: string): Promise<boolean> {
    this.assertOpen();
    return passphraseOpensKey(this.sodium, this.dir, passphrase, this.key);
  }

  /**
   * True when `text` is this vault's current recovery key (it opens this store's key). Used
   * before the recovery key is written into an emergency kit, so a kit never holds a wrong one.
   */
  isRecoveryKey(text: string): boolean {
    this.assertOpen();
    return recoveryKeyOpensKey(this.sodium, this.header, text, this.key);
  }

  /**
   * Sets, changes or removes (null) the passphrase, and whether the keychain keeps the key
   * (see vault-protection.ts for the order that keeps the vault openable).
   */
  setPassphrase(passphrase: string | null, options: PassphraseOptions): Promise<void> {
    return changePassphrase(this.sodium, this.vaultId, this.key, passphrase, options, (change) =>
      this.updateHeader(change),
    );
  }

  /**
   * Re-keys the vault (see rekey.ts): a new vault key and recovery key, the records
   * re-encrypted, the keychain entry replaced when the vault keeps one, every copy under the
   * old key deleted. Under the writer lock like every write. A passphrase vault stays one:
   * its current passphrase is checked and a different new one is required.
   */
  rekey(options: RekeyOptions): Promise<Rekeyed<VaultStore>> {
    return this.underWriterLock(async () => {
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
    });
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
    return this.underWriterLock(async () => {
      // A vault that cannot be read is never written, not even by a restore.
      await this.readUnderLock();
      return await restoreBackupUnderLock(this.backupReader(), name, (data) => this.write(data));
    });
  }

  /**
   * True when another process re-keyed the vault since this store opened it: the same vault,
   * a recovery wrap only a re-key writes, and a payload this store's key no longer opens.
   */
  async isRekeyed(): Promise<boolean> {
    if (this.closed) return false;
    return rekeyedSince(this.sodium, this.dir, this.header.vaultId, this.key, this.keyRecoveryWrap);
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

  /**
   * Runs `fn` under the writer lock, after every earlier change of this store (queued, so one
   * that failed does not stop the next). `checkOpen`: refuse, before locking, a closed store.
   */
  private underWriterLock<T>(fn: () => Promise<T>, checkOpen = true): Promise<T> {
    const run = this.queue.then(async () => {
      if (checkOpen) this.assertOpen();
      const lock = await acquireLock(lockPath(this.dir));
      try {
        return await fn();
      } finally {
        await lock.release();
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async updateHeader(change: (header: VaultHeader) => VaultHeader): Promise<void> {
    await this.underWriterLock(async () => {
      const data = await this.readUnderLock();
      this.header = change(this.header);
      await this.write(data);
    }, false);
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
    const { sodium, key, keyRecoveryWrap } = this;
    return decryptOrRekeyed(sodium, decoded, key, keyRecoveryWrap, vaultPath(this.dir));
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
