// The one place a secret may live in the renderer: a value the user chose to reveal. It is
// dropped when hidden, when its time is up (the reply's hideAt, at most 30 s), on lock, and
// when the user leaves the key. The clipboard countdown holds no value, only when it clears.
import { create } from 'zustand';
import type { RequestOf } from '../../../shared/ipc/contract';
import { api, call } from '../lib/api';
import { useVault } from './vault-store';

export type SecretField = RequestOf<'keys.copy'>['field'];
export const REVEAL_MAX_MS = 30_000;

export interface Revealed {
  keyId: string;
  field: SecretField;
  value: string;
  hideAt: string;
}

export interface ClipboardCountdown {
  keyId: string;
  field: SecretField;
  /** null: the user chose never to clear. */
  clearsAt: string | null;
}

interface SecretState {
  revealed: Revealed | null;
  clipboard: ClipboardCountdown | null;
  /** True after the clipboard was cleared, until the next copy. */
  clipboardCleared: boolean;
  /** Main confirms first (its own dialog or passphrase window), never this page. */
  reveal: (keyId: string, field: SecretField) => Promise<void>;
  hide: () => void;
  copy: (keyId: string, field: SecretField) => Promise<void>;
  clipboardWasCleared: () => void;
  reset: () => void;
}

let hideTimer: ReturnType<typeof setTimeout> | undefined;

export const useSecrets = create<SecretState>()((set, get) => ({
  revealed: null,
  clipboard: null,
  clipboardCleared: false,
  async reveal(keyId, field) {
    const reply = await call(api().keys.reveal({ keyId, field }));
    const latest = Date.now() + REVEAL_MAX_MS;
    const hideAtMs = Math.min(Date.parse(reply.hideAt) || latest, latest);
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => get().hide(), Math.max(0, hideAtMs - Date.now()));
    set({
      revealed: { keyId, field, value: reply.value, hideAt: new Date(hideAtMs).toISOString() },
    });
  },
  hide() {
    clearTimeout(hideTimer);
    hideTimer = undefined;
    if (get().revealed) set({ revealed: null });
  },
  async copy(keyId, field) {
    const reply = await call(api().keys.copy({ keyId, field }));
    useVault.getState().markCopied(keyId, new Date().toISOString());
    set({ clipboard: { keyId, field, clearsAt: reply.clearsAt }, clipboardCleared: false });
  },
  clipboardWasCleared() {
    set({ clipboard: null, clipboardCleared: true });
  },
  reset() {
    clearTimeout(hideTimer);
    hideTimer = undefined;
    set({ revealed: null, clipboard: null, clipboardCleared: false });
  },
}));
