// Ports through which core reaches the outside world. Electron's adapters (electron/main)
// implement them in the app; tests and the e2e harness implement them in plain Node.
import type { SystemNotice } from './system-text';

/** A way to run a function later; `setTimeout` in production, a fake clock in tests. */
export interface Scheduler {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export type Clock = () => Date;

export const systemScheduler: Scheduler = {
  setTimeout: (fn, ms) => {
    const handle = setTimeout(fn, ms);
    // A pending clear or lock must not keep a CLI or test process alive.
    handle.unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export const systemClock: Clock = () => new Date();

/** System notifications (Electron's Notification in the app). */
export interface NotifierPort {
  /**
   * `onClick` opens the app on that key. `notice` says what it is about, so core can word it
   * in the chosen language (system-text.ts) before it reaches main's adapter.
   */
  notify(notification: {
    title: string;
    body: string;
    keyId: string | null;
    notice?: SystemNotice;
  }): void;
}

/**
 * What main is asked before a secret leaves core over IPC (copy or reveal). Main answers
 * with its own UI, never the renderer's: a native dialog naming the key for a keychain vault
 * (`kind: 'confirm'`), a passphrase prompt in a window main owns for a passphrase vault
 * (`kind: 'passphrase'`, whose `check` core answers with the vault's Argon2id verification).
 * Tests and the e2e harness answer with a scripted reply.
 */
export type SecretAccessPrompt = {
  /** The key's label, shown so the user knows what is being taken out. Never a value. */
  label: string;
  /** 'rekey': the page asks to re-key the vault, which hands it a new recovery key.
   * 'passphrase': the page asks to set a passphrase on a keychain vault. */
  action: 'copy' | 'reveal' | 'rekey' | 'passphrase';
  /** Which value: the secret (or, once recorded, the API passphrase). */
  field: string;
} & (
  | { kind: 'confirm' }
  | {
      kind: 'passphrase';
      /** True once the typed passphrase is the vault's (main may let the user retry). */
      check: (passphrase: string) => Promise<boolean>;
    }
);

/** Resolves true when the user allowed it; false when refused, closed or cancelled. */
export type ConfirmSecretAccess = (prompt: SecretAccessPrompt) => Promise<boolean>;

/**
 * Main's native open dialog (dialog.showOpenDialog): 'import-file' picks one file to import,
 * 'scan-folders' one or more folders to scan. Resolves [] when cancelled. The page never
 * sends a path: core works only on what this returns. The e2e harness answers with a script.
 */
export type ChoosePaths = (kind: 'import-file' | 'scan-folders') => Promise<string[]>;
