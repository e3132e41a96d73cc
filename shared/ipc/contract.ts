// The IPC contract: every channel the renderer may call, with the zod schema of its request
// and the type of its reply, plus the events main sends. Preload builds `window.keyward`
// from it (bridge.ts); main registers one handler per channel from it and parses every
// payload with the channel's schema. Adding a channel = one entry here, its name in names.ts
// and one handler in electron/core/app/handlers.ts (all three checked at compile time).
// Invariants: no channel returns every secret; only `keys.reveal` returns a secret (after
// main's own confirmation, rate-limited in core); `vault.create` and `vault.rekey` return the
// recovery key once.
import type { z } from 'zod';
import type { TrashView } from '../domain/trash';
import type { ChannelName, EventName } from './names';
import type { BackupRestored, BackupView, UndoEditView } from './safety-views';
import type { ImportPreviewView, ImportResultView, ScanView } from './plaintext-views';
import * as rq from './requests';
import type {
  AuditView,
  ClipboardView,
  CopyReply,
  Finding,
  KeyCheckView,
  RotationVerifyView,
  KeyDetail,
  KeygenReply,
  KeyListPage,
  KeySummary,
  ReminderView,
  RevealReply,
  ServiceView,
  Settings,
  VaultCreated,
  VaultRekeyed,
  VaultStatus,
} from './views';

export {
  CHANNEL_NAMES,
  EVENT_NAMES,
  eventChannel,
  isChannelName,
  isEventName,
  type ChannelName,
  type EventName,
} from './names';

/** Phantom marker carrying a reply type; it has no runtime content. */
export interface Reply<T> {
  readonly __reply?: T;
}
const reply = <T>(): Reply<T> => ({});

interface ChannelSpec<S extends z.ZodType, R> {
  request: S;
  reply: Reply<R>;
}
const channel = <S extends z.ZodType, R>(request: S, r: Reply<R>): ChannelSpec<S, R> => ({
  request,
  reply: r,
});

export const ipcContract = {
  // The vault
  'vault.status': channel(rq.emptyRequest, reply<VaultStatus>()),
  'vault.create': channel(rq.vaultCreateRequest, reply<VaultCreated>()),
  'vault.unlock': channel(rq.vaultUnlockRequest, reply<VaultStatus>()),
  'vault.recover': channel(rq.vaultRecoverRequest, reply<VaultStatus>()),
  'vault.lock': channel(rq.emptyRequest, reply<VaultStatus>()),
  /** New vault key and recovery key (returned once); old passphrase and recovery key revoked. */
  'vault.rekey': channel(rq.vaultRekeyRequest, reply<VaultRekeyed>()),
  /** The add form holds an unsaved secret: the idle lock waits (at most 10 min more). */
  'vault.unsavedDraft': channel(rq.unsavedDraftRequest, reply<null>()),
  /** Sets, changes or removes the passphrase (current one checked by core, or main confirms). */
  'vault.setPassphrase': channel(rq.vaultSetPassphraseRequest, reply<VaultStatus>()),
  /** Main's save dialog, then the recovery key's one-page kit (PDF or text) written there;
   * `saved: false` when cancelled. The key must be the open vault's current one. */
  'vault.saveRecoveryKit': channel(rq.vaultSaveRecoveryKitRequest, reply<{ saved: boolean }>()),

  // Keys (metadata; secrets only enter through add/setApiKey/rotation.record)
  'keys.list': channel(rq.keyListRequest, reply<KeyListPage>()),
  'keys.get': channel(rq.keyRefRequest, reply<KeyDetail>()),
  'keys.add': channel(rq.keyAddRequest, reply<KeySummary>()),
  'keys.edit': channel(rq.keyEditRequest, reply<KeySummary>()),
  'keys.remove': channel(rq.keyRemoveRequest, reply<null>()),
  /** Brings a key back from the Trash (its label gets " (restored)" if taken meanwhile). */
  'keys.restore': channel(rq.keyRefRequest, reply<KeySummary>()),
  /** The keys in the Trash; summaries only, never a secret. */
  'trash.list': channel(rq.emptyRequest, reply<TrashView[]>()),
  /** Puts back the non-secret values an edit changed (a new, undoable edit); see safety-views. */
  'keys.undoEdit': channel(rq.undoEditRequest, reply<UndoEditView>()),
  /** The vault's backups with time and key count (decrypted in core with the open vault key). */
  'backups.list': channel(rq.emptyRequest, reply<BackupView[]>()),
  /** Restores one backup; the current vault is kept as a backup first. */
  'backups.restore': channel(rq.backupRestoreRequest, reply<BackupRestored>()),
  'keys.setApiKey': channel(rq.keySetApiKeyRequest, reply<KeySummary>()),
  /** Generates an Ed25519 pair in core; the private key never leaves it. */
  'keys.generate': channel(rq.keygenRequest, reply<KeygenReply>()),
  /** Main writes the clipboard; the renderer learns only when it clears. A secret (not the
   * API key) needs main's confirmation and is rate-limited, like keys.reveal. */
  'keys.copy': channel(rq.copyRequest, reply<CopyReply>()),
  'keys.reveal': channel(rq.revealRequest, reply<RevealReply>()),
  /** The key's `keyward exec` variables as .env text, written by main like keys.copy; it
   * holds the secret, so it passes the same gate (confirmation, rate limit) and auto-clear. */
  'keys.copyEnv': channel(rq.keyRefRequest, reply<CopyReply>()),
  /** What Keyward's clipboard value is (key, field, when it clears), or null: never a value. */
  'clipboard.status': channel(rq.emptyRequest, reply<ClipboardView | null>()),
  /** "Clear now": clears Keyward's value (only if the clipboard still holds it). */
  'clipboard.clear': channel(rq.emptyRequest, reply<null>()),

  'findings.list': channel(rq.findingsRequest, reply<Finding[]>()),
  /** Accepts a key's finding until a day (core checks rule, day and note); the new detail. */
  'findings.accept': channel(rq.riskAcceptRequest, reply<KeyDetail>()),
  'findings.withdrawAcceptance': channel(rq.riskWithdrawRequest, reply<KeyDetail>()),

  // Workflows (DOMAIN.md): each returns the key's new state
  'rotation.start': channel(rq.keyRefRequest, reply<KeyDetail>()),
  'rotation.record': channel(rq.rotationRecordRequest, reply<KeyDetail>()),
  /** Ed25519 rotation: generates the new pair; the reply shows the new public key. */
  'rotation.generate': channel(rq.keyRefRequest, reply<KeyDetail>()),
  'rotation.step': channel(rq.rotationStepRequest, reply<KeyDetail>()),
  'rotation.finish': channel(rq.keyRefRequest, reply<KeyDetail>()),
  'rotation.abandon': channel(rq.keyRefRequest, reply<KeyDetail>()),
  /** Asks the exchange with the new and the old key; history records the result. */
  'rotation.verify': channel(rq.keyRefRequest, reply<RotationVerifyView>()),

  'audit.status': channel(rq.emptyRequest, reply<AuditView>()),
  'audit.start': channel(rq.auditStartRequest, reply<AuditView>()),
  'audit.step': channel(rq.auditStepRequest, reply<AuditView>()),
  'audit.finish': channel(rq.emptyRequest, reply<AuditView>()),
  /** Drops the run in progress; nothing recorded so far is lost. */
  'audit.abandon': channel(rq.emptyRequest, reply<AuditView>()),

  'incident.start': channel(rq.keyRefRequest, reply<KeyDetail>()),
  'incident.step': channel(rq.incidentStepRequest, reply<KeyDetail>()),
  'incident.finish': channel(rq.keyRefRequest, reply<KeyDetail>()),

  'services.list': channel(rq.emptyRequest, reply<ServiceView[]>()),
  'services.add': channel(rq.serviceAddRequest, reply<ServiceView>()),
  'services.assess': channel(rq.serviceAssessRequest, reply<ServiceView>()),

  'reminders.list': channel(rq.emptyRequest, reply<ReminderView[]>()),
  'reminders.snooze': channel(rq.reminderSnoozeRequest, reply<null>()),
  /** Snoozes until a day (core refuses past days and more than a year ahead). */
  'reminders.snoozeUntil': channel(rq.reminderSnoozeUntilRequest, reply<null>()),

  /** Asks the exchanges (core's HTTP port; the renderer never fetches); progress as events. */
  'exchange.check': channel(rq.exchangeCheckRequest, reply<KeyCheckView[]>()),
  /** Takes the key's last check as its record; history records it. */
  'exchange.accept': channel(rq.keyRefRequest, reply<KeyDetail>()),

  'settings.get': channel(rq.emptyRequest, reply<Settings>()),
  'settings.set': channel(rq.settingsPatchRequest, reply<Settings>()),
  /** Settings' test button: one system notification in the chosen language, naming no key. */
  'notifications.test': channel(rq.emptyRequest, reply<null>()),

  /** Opens one of the exchanges' API-management pages; nothing else (external-links.ts). */
  'app.openExternal': channel(rq.openExternalRequest, reply<null>()),

  // Plaintext keys (issue 12). Paths come from main's native dialogs, never from the page.
  /** Main's file dialog, then core parses the file; null when the dialog was cancelled. The
   * secrets stay in core (keyed by previewId) until import, lock, or the next preview. */
  'import.preview': channel(rq.emptyRequest, reply<ImportPreviewView | null>()),
  'import.commit': channel(rq.importCommitRequest, reply<ImportResultView>()),
  /** Main's folder dialog; core keeps the folders for scan.start. [] when cancelled. */
  'scan.chooseFolders': channel(rq.emptyRequest, reply<string[]>()),
  /** Scans the chosen folders (progress as scanProgress events); hits grouped by key. */
  'scan.start': channel(rq.scanStartRequest, reply<ScanView>()),
  'scan.cancel': channel(rq.emptyRequest, reply<null>()),
} as const;

export type IpcContract = typeof ipcContract;
// The name list in names.ts and the contract's keys must be the same set.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const namesMatchContract: Same<keyof IpcContract, ChannelName> = true;
void namesMatchContract;

/** What the renderer passes (before defaults). */
export type RequestOf<C extends ChannelName> = z.input<IpcContract[C]['request']>;
/** What a handler receives (after parsing). */
export type ParsedRequestOf<C extends ChannelName> = z.output<IpcContract[C]['request']>;
export type ReplyOf<C extends ChannelName> =
  IpcContract[C]['reply'] extends Reply<infer R> ? R : never;

// Events main sends to the renderer.
/** 'rekeyed': another process re-keyed the vault, so the key held here opens nothing. */
export type LockReason = 'user' | 'idle' | 'screen-lock' | 'suspend' | 'quit' | 'rekeyed';
/** 'overwritten': the delay ran out but the user had copied something else, left alone.
 * 'user': "Clear now" in the clipboard chip. */
export type ClipboardClearReason = 'timer' | 'lock' | 'quit' | 'suspend' | 'user' | 'overwritten';

export interface IpcEvents {
  /** The vault file changed on disk (the CLI wrote it): re-fetch what is shown. */
  vaultChanged: Record<string, never>;
  /** The vault locked (any cause): drop every revealed secret and go to the unlock screen. */
  locked: { reason: LockReason };
  /** Keyward's value was cleared from the clipboard: stop the countdown. */
  clipboardCleared: { reason: ClipboardClearReason };
  /** Keyward wrote a value to the clipboard (from any screen, or the tray): the chip's state. */
  clipboardCopied: ClipboardView;
  /** A notification was clicked: show this key (after unlocking if needed). */
  openKey: { keyId: string };
  /** `exchange.check` of several keys: how many are done. */
  checkProgress: { done: number; total: number };
  /** `scan.start`: files read and bytes so far. */
  scanProgress: { files: number; bytes: number };
  /** The idle lock waits for the add form's unsaved secret: seconds left; null: no longer. */
  autoLockWaiting: { secondsLeft: number | null };
  /** The quick-search shortcut was pressed (main showed the window): open the palette. */
  quickSearch: Record<string, never>;
}
const eventsMatchNames: Same<keyof IpcEvents, EventName> = true;
void eventsMatchNames;
