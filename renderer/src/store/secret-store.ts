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

/** What main says is on the clipboard (ClipboardView): key, field, when it clears; no value. */
export interface ClipboardCountdown {
  keyId: string;
  /** '' until main's clipboardCopied event names it (the chip then looks the label up). */
  label: string;
  /** 'env': the key's `keyward exec` variables as .env text. */
  field: SecretField | 'env';
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
  /** The key's .env text: main confirms first, as for the secret. */
  copyEnv: (keyId: string) => Promise<void>;
  /** Main's clipboardCopied event (or clipboard.status): from any screen or the tray. */
  clipboardWasCopied: (copied: ClipboardCountdown | null) => void;
  /** "Clear now": main clears Keyward's value; its clipboardCleared event follows. */
  clearClipboard: () => Promise<void>;
  clipboardWasCleared: () => void;
  reset: () => void;
}

/**
 * Main's clipboard events seen so far. Main sends clipboardCopied before the copy's reply
 * (which waits for the history write), and may even clear in between: the reply only sets
 * the state when no event came during the call, so it can never bring back a stale copy.
 */
let clipboardEvents = 0;

function copiedByReply(seenEvents: number, copied: ClipboardCountdown): void {
  if (clipboardEvents !== seenEvents) return;
  useSecrets.setState({ clipboard: copied, clipboardCleared: false });
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
    const seen = clipboardEvents;
    const reply = await call(api().keys.copy({ keyId, field }));
    useVault.getState().markCopied(keyId, new Date().toISOString());
    copiedByReply(seen, { keyId, label: '', field, clearsAt: reply.clearsAt });
  },
  async copyEnv(keyId) {
    const seen = clipboardEvents;
    const reply = await call(api().keys.copyEnv({ keyId }));
    copiedByReply(seen, { keyId, label: '', field: 'env', clearsAt: reply.clearsAt });
  },
  clipboardWasCopied(copied) {
    clipboardEvents++;
    set({ clipboard: copied, clipboardCleared: false });
  },
  async clearClipboard() {
    await call(api().clipboard.clear());
  },
  clipboardWasCleared() {
    clipboardEvents++;
    set({ clipboard: null, clipboardCleared: true });
  },
  reset() {
    clearTimeout(hideTimer);
    hideTimer = undefined;
    set({ revealed: null, clipboard: null, clipboardCleared: false });
  },
}));
