// The app's vault: locked or unlocked. Unlocked holds one VaultStore (the vault key in
// memory), the services on it and the list's views. Invariant: lock() closes the store
// (overwriting the vault key's bytes; vault-store.ts says what is not wiped), forgets every
// reference to it and to the views, and clears Keyward's clipboard value. No secret is cached
// here: every read of a secret goes to disk, and the views (list-views.ts) keep only the
// secret-free rows the renderer is sent anyway.
// Invariant: a lock wins over an unlock, recover or create still running (Argon2id takes about
// a second): lock() bumps `lockCount`, and an opening that started before a lock closes the
// store it got instead of adopting it, so the vault ends locked with no vault key kept.
import type { LockReason } from '../../../shared/ipc/contract';
import type { VaultStatus } from '../../../shared/ipc/views';
import type { ClipboardService } from '../clipboard/clipboard-service';
import { KeywardError } from '../errors';
import { KeyService } from '../keys/key-service';
import { ListViews } from './list-views';
import { RiskService } from '../keys/risk-service';
import { WorkflowService } from '../workflows/workflow-service';
import type { KeychainPort } from '../vault/keychain';
import { readVaultVersion } from '../vault/vault-file';
import { validPassphrase } from '../vault/vault-read';
import { VaultStore, type CreateOptions, type VaultInfo } from '../vault/vault-store';
import type { Clock } from './ports';

export interface SessionDeps {
  dir: string;
  keychain: KeychainPort;
  clipboard: ClipboardService;
  clock: Clock;
  /** Told after every lock that closed an open vault. */
  onLocked: (reason: LockReason) => void;
  /** Argon2id limits for a new passphrase (tests lower them). */
  pwhashLimits?: CreateOptions['pwhashLimits'];
}

export interface OpenVault {
  store: VaultStore;
  keys: KeyService;
  workflows: WorkflowService;
  risks: RiskService;
  /** The key list's, findings' and services' views, rebuilt when the vault file changes. */
  lists: ListViews;
}

export class VaultSession {
  private open: OpenVault | null = null;
  private described: { version: string; info: VaultInfo } | null = null;
  /** Once the keychain answered, it stays reachable for this run; only failures re-probe. */
  private keychainSeen = false;
  /** Bumped by every lock(); an opening adopts its store only if none happened meanwhile. */
  private lockCount = 0;

  constructor(private readonly deps: SessionDeps) {}

  get dir(): string {
    return this.deps.dir;
  }

  get isUnlocked(): boolean {
    return this.open !== null;
  }

  /** The open vault, or a 'locked' error the UI answers by showing the unlock screen. */
  requireOpen(): OpenVault {
    if (!this.open) {
      throw new KeywardError('locked', 'The vault is locked: unlock it first.');
    }
    return this.open;
  }

  async status(): Promise<VaultStatus> {
    const info = await this.describe();
    return {
      state: !info.exists ? 'none' : this.open ? 'unlocked' : 'locked',
      vaultId: info.vaultId,
      hasPassphrase: info.hasPassphrase,
      keychainKept: info.keychainKept,
      keychainAvailable: await this.keychainReachable(info.vaultId),
    };
  }

  /**
   * Creates the vault. A lock requested meanwhile leaves the new vault locked; the recovery
   * key is still returned (the vault exists on disk and the key is shown only once).
   */
  async create(options: { passphrase?: string; keepKeychain?: boolean }): Promise<string> {
    const locks = this.lockCount;
    const { store, recoveryKey } = await VaultStore.create(this.deps.dir, {
      keychain: this.deps.keychain,
      now: this.deps.clock(),
      ...(options.passphrase !== undefined && { passphrase: options.passphrase }),
      ...(options.keepKeychain !== undefined && { keepKeychain: options.keepKeychain }),
      ...(this.deps.pwhashLimits && { pwhashLimits: this.deps.pwhashLimits }),
    });
    if (this.lockCount === locks) this.adopt(store);
    else store.close();
    return recoveryKey;
  }

  /** Opens the vault; fails with 'locked' when a lock was requested before it finished. */
  async unlock(options: { passphrase?: string }): Promise<void> {
    if (this.open) return;
    const locks = this.lockCount;
    const store = await VaultStore.open(this.deps.dir, {
      keychain: this.deps.keychain,
      ...(options.passphrase !== undefined && { passphrase: options.passphrase }),
    });
    this.adoptUnlessLocked(store, locks, 'The vault was locked while it was being unlocked');
  }

  /** A passphrase-only vault needs `newPassphrase` (it stays passphrase-only), see VaultStore. */
  async recover(options: {
    recoveryKey: string;
    newPassphrase?: string;
    keepKeychain?: boolean;
  }): Promise<void> {
    const locks = this.lockCount;
    const store = await VaultStore.recover(this.deps.dir, {
      keychain: this.deps.keychain,
      recoveryKey: options.recoveryKey,
      ...(options.newPassphrase !== undefined && { newPassphrase: options.newPassphrase }),
      ...(options.keepKeychain !== undefined && { keepKeychain: options.keepKeychain }),
      ...(this.deps.pwhashLimits && { pwhashLimits: this.deps.pwhashLimits }),
    });
    if (this.lockCount !== locks) {
      store.close();
      throw new KeywardError('locked', 'The vault was recovered, then locked: unlock it again.');
    }
    // Closes any open store first; a lock requested while that runs still wins.
    const closing = this.lock('user');
    const afterOwnLock = this.lockCount;
    await closing;
    this.adoptUnlessLocked(store, afterOwnLock, 'The vault was recovered, then locked');
  }

  /**
   * Re-keys the open vault and keeps it open on the new key; returns the new recovery key
   * (shown once) and how many old copies could not be deleted.
   */
  async rekey(options: {
    passphrase?: string;
    newPassphrase?: string;
  }): Promise<{ recoveryKey: string; leftovers: number }> {
    const { store } = this.requireOpen();
    const rekeyed = await store.rekey({
      keychain: this.deps.keychain,
      ...(options.passphrase !== undefined && { passphrase: options.passphrase }),
      ...(options.newPassphrase !== undefined && { newPassphrase: options.newPassphrase }),
      ...(this.deps.pwhashLimits && { pwhashLimits: this.deps.pwhashLimits }),
    });
    if (this.open?.store === store) this.adopt(rekeyed.store);
    else rekeyed.store.close(); // locked meanwhile: a lock wins
    return { recoveryKey: rekeyed.recoveryKey, leftovers: rekeyed.leftovers.length };
  }

  /**
   * Sets, changes or removes (null) the passphrase of the open vault, as `keyward passphrase`
   * does. A passphrase vault needs its current passphrase, checked here by core. Removing it
   * needs the OS keychain, which then alone opens the vault: no reachable keychain, nothing
   * changes. Invariant: no passphrase is kept, logged or put in an error.
   */
  async setPassphrase(options: {
    passphrase?: string;
    newPassphrase: string | null;
    keepKeychain?: boolean;
  }): Promise<void> {
    const { store } = this.requireOpen();
    if (store.hasPassphrase) {
      if (options.passphrase === undefined || options.passphrase === '') {
        throw new KeywardError(
          'passphrase-required',
          'Changing or removing the passphrase needs the current one; nothing was changed.',
        );
      }
      if (!(await store.verifyPassphrase(options.passphrase))) {
        throw new KeywardError(
          'wrong-passphrase',
          'The current passphrase is wrong; nothing was changed.',
        );
      }
    } else if (options.newPassphrase === null) {
      throw new KeywardError('invalid-input', 'This vault has no passphrase to remove.');
    }
    if (options.newPassphrase !== null) validPassphrase(options.newPassphrase);
    try {
      await store.setPassphrase(options.newPassphrase, {
        keychain: this.deps.keychain,
        keepKeychain: options.keepKeychain === true,
        ...(this.deps.pwhashLimits && { pwhashLimits: this.deps.pwhashLimits }),
      });
    } catch (error) {
      if (options.newPassphrase === null && error instanceof KeywardError) {
        if (error.code === 'keychain-unavailable') {
          throw new KeywardError(
            'keychain-unavailable',
            'Without a passphrase only the OS keychain opens the vault, and the keychain on this computer is not reachable or did not keep the vault key; the passphrase is kept. Unlock or start the keychain (on Linux a Secret Service such as GNOME Keyring), then try again.',
            { cause: error },
          );
        }
      }
      throw error;
    }
    this.keychainSeen = false;
  }

  /**
   * Locks (reason 'rekeyed') when another process re-keyed the vault: the key held here opens
   * nothing any more, so every read would fail. Returns whether it locked.
   */
  async lockIfRekeyed(): Promise<boolean> {
    const open = this.open;
    if (!open || !(await open.store.isRekeyed())) return false;
    if (this.open !== open) return false;
    await this.lock('rekeyed');
    return true;
  }

  /**
   * Drops the vault key at once, then clears Keyward's clipboard value (the platform
   * clipboard is asynchronous; the returned promise settles when it is cleared). Safe to call
   * when locked.
   */
  lock(reason: LockReason): Promise<void> {
    this.lockCount += 1;
    const open = this.open;
    if (open) {
      this.open = null;
      open.store.close();
      this.deps.onLocked(reason);
    }
    const clipboardCause = reason === 'quit' ? 'quit' : reason === 'suspend' ? 'suspend' : 'lock';
    return this.deps.clipboard.clearNow(clipboardCause);
  }

  /** Adopts `store` unless a lock came after `locks` was read; then closes it and fails. */
  private adoptUnlessLocked(store: VaultStore, locks: number, what: string): void {
    if (this.lockCount !== locks) {
      store.close();
      throw new KeywardError('locked', `${what}: unlock it again.`);
    }
    this.adopt(store);
  }

  private adopt(store: VaultStore): void {
    if (this.open && this.open.store !== store) this.open.store.close();
    this.open = {
      store,
      keys: new KeyService(store, this.deps.clock),
      workflows: new WorkflowService(store, this.deps.clock),
      risks: new RiskService(store, this.deps.clock),
      lists: new ListViews(store, this.deps.clock),
    };
  }

  /**
   * The vault file's header facts. Describing reads and checksums the whole file (tens of ms
   * for a large vault, on every page load), so the answer is kept for the file's version (its
   * trailing checksum, which every save changes); a file that changes in between only costs
   * a second look next time.
   */
  private async describe(): Promise<VaultInfo> {
    const version = await readVaultVersion(this.deps.dir);
    if (version !== null && this.described?.version === version) return this.described.info;
    const info = await VaultStore.describe(this.deps.dir);
    this.described = version === null ? null : { version, info };
    return info;
  }

  private async keychainReachable(vaultId: string | null): Promise<boolean> {
    if (this.keychainSeen) return true;
    try {
      await this.deps.keychain.get(vaultId ?? 'keyward-probe');
      this.keychainSeen = true;
      return true;
    } catch {
      return false;
    }
  }
}
