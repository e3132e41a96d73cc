// What replies carry to the renderer. Plain data, no secret except `RevealReply.value` (the
// one secret the user explicitly asked to see) and `VaultCreated.recoveryKey` (shown once).
import type { KeyCheck } from '../domain/exchange-check';
import type { KeySummary } from '../domain/key-summary';
import type { RuleId, Severity } from '../findings/types';
import type {
  AuditRun,
  HistoryEvent,
  IncidentState,
  RotationStep,
  ServiceRecord,
} from '../domain/key-record';
import type { ReminderParams } from '../reminders/messages';

export type { KeySummary };

export interface VaultStatus {
  /** 'none': no vault in the folder yet (first run). */
  state: 'none' | 'locked' | 'unlocked';
  vaultId: string | null;
  hasPassphrase: boolean;
  /** The vault key is kept in the OS keychain (always, unless a passphrase vault opted out). */
  keychainKept: boolean;
  /** False when no Secret Service / keychain is reachable: the UI offers the passphrase. */
  keychainAvailable: boolean;
}

export interface VaultCreated {
  status: VaultStatus;
  /** Shown once; the UI asks the user to confirm they saved it, then forgets it. */
  recoveryKey: string;
}

export interface VaultRekeyed {
  status: VaultStatus;
  /** The new recovery key: shown once, like VaultCreated's; the old one opens nothing now. */
  recoveryKey: string;
  /** Copies under the old key that could not be deleted (0 normally). */
  leftovers: number;
}

/** A pending rotation, without the new key's secret. */
export interface RotationView {
  startedAt: string;
  steps: Partial<Record<RotationStep, string>>;
  /** New key material recorded (step 1): its masked fingerprint. */
  newFingerprint: string | null;
  /** Public key PEM of a generated Ed25519 replacement, to paste into the exchange. */
  newPublicKeyPem: string | null;
}

export interface KeyDetail extends KeySummary {
  history: HistoryEvent[];
  /** What the exchange said at the last check (never a secret); null: never checked. */
  lastCheck: KeyCheck | null;
  rotation: RotationView | null;
  incident: IncidentState | null;
}

/** The findings engine's output (shared/findings): rule, severity, key/service, message, fix. */
export type { Finding, Severity } from '../findings/types';

/**
 * A row of the key list: the summary plus how many findings the key has and the worst one's
 * severity, so the list can show and filter by findings without loading them all.
 */
export interface KeyListItem extends KeySummary {
  findingCount: number;
  worstSeverity: Severity | null;
  /** The rule of the key's worst finding (the first of that severity): its title in the row. */
  worstRule: RuleId | null;
}

/**
 * `keys.list`'s reply: `total` keys in the vault and the first `limit` of them (all of them
 * without a limit), ordered by rotation due date then label (`byRotationDue`), the list's
 * default order, so a first page can be shown before the rest arrives.
 */
export interface KeyListPage {
  total: number;
  keys: KeyListItem[];
  /** Findings of the whole vault that are not accepted (the Findings tab's count). */
  openFindings: number;
}

export interface ServiceView extends ServiceRecord {
  /** Keys pointing to this service. */
  keyIds: string[];
}

export interface AuditView {
  lastAuditAt: string | null;
  run: AuditRun | null;
}

export interface ReminderView {
  /** Stable id of the event (also the snooze handle); no label, no secret. */
  id: string;
  kind: string;
  keyId: string | null;
  dueAt: string;
  /** Names the key by label when unlocked, generically when locked. */
  title: string;
  message: string;
  /** What title and message are worded from, for the UI's language (no secret). */
  params: ReminderParams;
  /** Already notified; snoozed: moved to a later date by the user. */
  sent: boolean;
  snoozed: boolean;
}

export type Theme = 'system' | 'light' | 'dark';
export type Language = 'en' | 'zh-CN';
export type ReminderCadence = 'hourly' | 'daily' | 'off';

export interface Settings {
  /** Seconds before a copied value is cleared; null = never (the UI warns). 5..300. */
  clipboardClearSeconds: number | null;
  /** Minutes of inactivity before the vault locks. 1..1440. */
  autoLockMinutes: number;
  reminderCadence: ReminderCadence;
  language: Language;
  theme: Theme;
  /** Check every active key with its exchange once a day while unlocked (off by default). */
  dailyExchangeCheck: boolean;
  /** Global shortcut (Electron accelerator) opening the quick-search palette; null: off. */
  quickSearchShortcut: string | null;
  /**
   * A recovery key was shown (vault created or re-keyed) but the user has not yet confirmed
   * storing it: the app shows a banner on every screen until they do. Set by core.
   */
  recoveryKeyPending: boolean;
}

/** `rotation.verify`: the new key accepted and the old one rejected, asked from this machine. */
export interface RotationVerifyView {
  verified: boolean;
  newAccepted: boolean;
  oldRejected: boolean;
  message: string;
}

/** One key's check as the app shows it (`exchange.check`'s reply). */
export interface KeyCheckView extends KeyCheck {
  keyId: string;
  label: string;
}

export const DEFAULT_SETTINGS: Settings = {
  clipboardClearSeconds: 30,
  autoLockMinutes: 10,
  reminderCadence: 'hourly',
  language: 'en',
  theme: 'system',
  dailyExchangeCheck: false,
  quickSearchShortcut: null,
  recoveryKeyPending: false,
};

export interface CopyReply {
  /** ISO time the clipboard will be cleared; null when the user chose "never". */
  clearsAt: string | null;
}

/**
 * What Keyward's value on the clipboard is, for the top bar's chip: the key and field, never
 * the value. 'env': the key's `keyward exec` variables as .env text (holds the secret).
 */
export interface ClipboardView {
  keyId: string;
  label: string;
  field: 'apiKey' | 'secret' | 'passphrase' | 'env';
  /** ISO time it clears; null when the user chose "never". */
  clearsAt: string | null;
}

export interface RevealReply {
  value: string;
  /** ISO time after which the UI must hide the value and drop it. */
  hideAt: string;
}

export interface KeygenReply {
  key: KeySummary;
  /** SPKI PEM (`-----BEGIN PUBLIC KEY-----`) to paste into the exchange's form. */
  publicKeyPem: string;
}
