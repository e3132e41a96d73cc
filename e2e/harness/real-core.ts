// The real Keyward core in the spec's Node process: createKeywardCore (electron/core/app)
// on a fresh temporary vault folder, the real keytar keychain on the test Secret Service
// (under a service name of its own), an in-memory clipboard the spec can read, a clock the
// spec can move, and a scripted answer to main's copy/reveal confirmation. Events go to the
// page through `__keywardEmit`.
import { exchangeUrlOverrides } from '../../electron/core/exchanges/base-url';
import { createNodeHttpPort } from '../../electron/core/exchanges/node-http-port';
import type { Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { EventName, IpcEvents } from '../../shared/ipc/contract';
import type { VaultData } from '../../shared/domain/key-record';
import { memoryClipboard } from '../../electron/core/clipboard/clipboard-port';
import { createKeywardCore, type KeywardCore } from '../../electron/core/app/keyward-core';
import { FAST_PWHASH } from '../../electron/core/app/testing';
import { ScriptedPaths } from '../../electron/core/app/scripted-paths';
import { ScriptedRecoveryKit } from '../../electron/core/app/scripted-recovery-kit';
import { ScriptedSecretAccess } from '../../electron/core/app/scripted-secret-access';
import {
  absentKeychain,
  keytarKeychain,
  type KeychainPort,
} from '../../electron/core/vault/keychain';
import { VaultStore } from '../../electron/core/vault/vault-store';
import { HarnessClock } from './harness-clock';

export interface RealCore {
  core: KeywardCore;
  dir: string;
  keychain: KeychainPort;
  keychainService: string;
  /** What Keyward last wrote to the clipboard ('' once cleared). */
  clipboardText(): string;
  clock: HarnessClock;
  /** Opens the vault file independently of the app's session and returns its records. */
  readVault(passphrase?: string): Promise<VaultData>;
  /** Links the core was asked to open in the browser (after its allowlist check). */
  opened: string[];
  /** Answers main's copy/reveal confirmation (default: approve), as the user would. */
  secretAccess: ScriptedSecretAccess;
  /** Answers main's native open dialog (import file, scan folders). */
  paths: ScriptedPaths;
  /** Answers main's save dialog of the emergency kit (default: cancelled). */
  recoveryKit: ScriptedRecoveryKit;
  attach(page: Page): void;
  /** Sends an event to the page, as main does (a clicked notification: 'openKey'). */
  emit<E extends EventName>(event: E, payload: IpcEvents[E]): void;
  forgetKeychainEntry(): Promise<void>;
  dispose(): Promise<void>;
}

let serial = 0;

export type KeychainMode = 'real' | 'absent';

export async function startRealCore(mode: KeychainMode = 'real'): Promise<RealCore> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'keyward-e2e-'));
  const keychainService = `Keyward-e2e-${process.pid}-${++serial}`;
  // 'absent': a machine without a Secret Service; every keychain call fails as keytar would.
  const keychain = mode === 'real' ? keytarKeychain(keychainService) : absentKeychain();
  const board = memoryClipboard();
  const clock = new HarnessClock();
  let page: Page | null = null;
  const opened: string[] = [];
  const secretAccess = new ScriptedSecretAccess();
  const paths = new ScriptedPaths();
  const recoveryKit = new ScriptedRecoveryKit();
  const emit = <E extends EventName>(event: E, payload: IpcEvents[E]): void => {
    page
      ?.evaluate(([e, p]) => (globalThis as unknown as HarnessWindow).__keywardEmit(e, p), [
        event,
        payload,
      ] as const)
      .catch(() => undefined); // the page may be gone at teardown
  };
  const core = createKeywardCore({
    dir,
    keychain,
    clipboard: board,
    scheduler: clock,
    clock: clock.clock,
    emit,
    openExternal: (url) => {
      opened.push(url);
      return Promise.resolve();
    },
    confirmSecretAccess: secretAccess.confirm,
    choosePaths: paths.choose,
    recoveryKit,
    pwhashLimits: FAST_PWHASH,
    // Exchange checks go to the spec's fake exchange (KEYWARD_EXCHANGE_URL_* it sets).
    http: createNodeHttpPort({ env: {} }),
    exchangeUrlOverrides: () => exchangeUrlOverrides(process.env, false),
  });

  return {
    core,
    dir,
    keychain,
    keychainService,
    clipboardText: () => board.text,
    clock,
    async readVault(passphrase) {
      const store = await VaultStore.open(dir, {
        keychain,
        ...(passphrase !== undefined && { passphrase }),
      });
      try {
        return await store.read();
      } finally {
        store.close();
      }
    },
    attach(p) {
      page = p;
    },
    emit,
    opened,
    secretAccess,
    paths,
    recoveryKit,
    async forgetKeychainEntry() {
      const { vaultId } = await VaultStore.describe(dir);
      if (vaultId) await keychain.delete(vaultId);
    },
    async dispose() {
      await core.lock('quit');
      clock.stop();
      const info = await VaultStore.describe(dir).catch(() => null);
      if (info?.vaultId) await keychain.delete(info.vaultId).catch(() => false);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

interface HarnessWindow {
  __keywardEmit: (event: string, payload: unknown) => void;
}
