// One handler per IPC channel: plain functions over core, so Electron's main process and the
// e2e harness (plain Node) run the very same code. Requests arrive already parsed with the
// contract's schemas (dispatch.ts); core parses domain input again with its own rules.
// Invariants: only keys.reveal returns a secret; keys.copy returns only when the clipboard
// clears. Both pass the secret-access gate first (secret-access.ts: rate limit, then main's
// confirmation), and a refusal reads no secret and writes nothing.
import { addSeconds } from 'date-fns';
import { findings } from '../../../shared/findings';
import type { KeyRecord, VaultData } from '../../../shared/domain/key-record';
import { toClipboardView, type ClipboardService } from '../clipboard/clipboard-service';
import { envFileText, execVariables } from '../../../shared/domain/exec-env';
import type { ExchangeChecker } from '../exchanges/check-service';
import { KeyCheckService } from '../exchanges/key-checks';
import { KeywardError } from '../errors';
import { findKey, type SecretField } from '../keys/key-service';
import { undoEdit } from '../keys/undo-edit';
import type { Handlers } from './dispatch';
import type { ReminderService } from '../reminders/reminder-service';
import { checkExternalUrl } from './external-links';
import { toKeyDetail } from './key-detail';
import type { Clock, NotifierPort } from './ports';
import { TEST_NOTIFICATION } from './system-text';
import { toReminderView } from '../reminders/reminder-view';
import { dataIfUnlocked } from './reminder-check';
import type { PlaintextService } from './plaintext-handlers';
import { saveRecoveryKit, type RecoveryKitPort } from './recovery-kit';
import type { SecretAccessGate } from './secret-access';
import type { SettingsStore } from './settings-store';
import type { QuickSearchShortcut } from './quick-search-shortcut';
import type { VaultSession } from './vault-session';

export const REVEAL_SECONDS = 30;

/** History wording per field: copy and reveal of the API passphrase go the secret's way. */
const FIELD_NAMES: Record<SecretField, string> = {
  apiKey: 'API key',
  secret: 'secret',
  passphrase: 'API passphrase',
};

export interface HandlerDeps {
  session: VaultSession;
  clipboard: ClipboardService;
  settings: SettingsStore;
  reminders: ReminderService;
  clock: Clock;
  /** Opens an already-checked https URL in the user's browser (shell.openExternal in main). */
  openInBrowser: (url: string) => Promise<void>;
  /** Rate limit and confirmation of every copy and reveal of a secret. */
  secretAccess: SecretAccessGate;
  /** Asks exchanges (the only network use); absent: checks report the exchange unreachable. */
  exchangeChecker?: () => ExchangeChecker;
  /** `exchange.check` of several keys reports its progress here (an IPC event). */
  onCheckProgress?: (done: number, total: number) => void;
  /** Import and "Find plaintext copies" (paths from main's dialog only). */
  plaintext: PlaintextService;
  /** The add form holds an unsaved secret (or no longer): the idle lock waits for it. */
  setUnsavedDraft?: (holding: boolean) => void;
  /** System notifications, already worded in the chosen language (Settings' test button). */
  notifier?: NotifierPort;
  /** Registers the palette's global shortcut before the setting is saved (absent: not). */
  quickSearchShortcut?: QuickSearchShortcut;
  /** Main's save dialog and printToPDF for the emergency kit; absent: the channel refuses. */
  recoveryKit?: RecoveryKitPort;
}

function keyById(data: VaultData, keyId: string): KeyRecord {
  return findKey(data, keyId);
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const { session, clipboard, settings, clock } = deps;
  const open = () => session.requireOpen();
  const checker = (): ExchangeChecker => {
    if (!deps.exchangeChecker) {
      throw new KeywardError('internal', 'This build of Keyward cannot reach the network.');
    }
    return deps.exchangeChecker();
  };

  /** Rate limit and main's confirmation, before any secret is read (copy and reveal). */
  const authorize = async (keyId: string, field: SecretField, action: 'copy' | 'reveal') => {
    const { store } = open();
    const { label } = keyById(await store.read(), keyId);
    await deps.secretAccess.authorize({
      label,
      field,
      action,
      hasPassphrase: store.hasPassphrase,
      verifyPassphrase: (passphrase) => store.verifyPassphrase(passphrase),
    });
  };

  const keyDetail = async (keyId: string) => {
    const data = await open().store.read();
    return toKeyDetail(keyById(data, keyId), data.services);
  };

  return {
    'vault.status': () => session.status(),
    'vault.create': async (request) => {
      const recoveryKey = await session.create(request);
      // Until the user confirms storing it, every screen shows a banner (survives a restart).
      await settings.set({ recoveryKeyPending: true });
      return { status: await session.status(), recoveryKey };
    },
    'vault.unlock': async (request) => {
      await session.unlock(request);
      return session.status();
    },
    'vault.recover': async (request) => {
      await session.recover(request);
      return session.status();
    },
    // Only a flag, never the draft itself: the secret stays in the renderer's form.
    'vault.unsavedDraft': ({ holding }) => {
      deps.setUnsavedDraft?.(holding && session.isUnlocked);
      return Promise.resolve(null);
    },
    'vault.rekey': async (request) => {
      await deps.secretAccess.authorizeVaultChange('rekey', (await session.status()).hasPassphrase);
      const { recoveryKey, leftovers } = await session.rekey(request);
      await settings.set({ recoveryKeyPending: true });
      return { status: await session.status(), recoveryKey, leftovers };
    },
    'vault.setPassphrase': async (request) => {
      await deps.secretAccess.authorizeVaultChange('passphrase', open().store.hasPassphrase);
      await session.setPassphrase(request);
      return session.status();
    },
    'vault.saveRecoveryKit': async ({ recoveryKey, format }) => {
      const { store } = open();
      // Only the vault's own current key goes into a kit: a typo or an old key would be
      // worse than none, and page script cannot use this to write chosen text to disk.
      if (!store.isRecoveryKey(recoveryKey)) {
        throw new KeywardError(
          'invalid-input',
          "That is not this vault's current recovery key; no emergency kit was saved.",
        );
      }
      if (!deps.recoveryKit) {
        throw new KeywardError('internal', 'This build of Keyward cannot save an emergency kit.');
      }
      const { language } = await settings.get();
      return saveRecoveryKit(
        deps.recoveryKit,
        { recoveryKey, vaultId: store.vaultId, vaultDir: session.dir, madeAt: clock(), language },
        format,
      );
    },
    'vault.lock': async () => {
      await session.lock('user');
      return session.status();
    },

    'keys.list': ({ limit }) => open().lists.keys(limit),
    'keys.get': ({ keyId }) => keyDetail(keyId),
    'findings.accept': async ({ keyId, ...acceptance }) => {
      await open().risks.accept(keyId, acceptance);
      return keyDetail(keyId);
    },
    'findings.withdrawAcceptance': async ({ keyId, rule, subject }) => {
      await open().risks.withdraw(keyId, rule, subject);
      return keyDetail(keyId);
    },
    'keys.add': (request) => open().keys.add(request),
    'keys.edit': ({ keyId, patch }) => open().keys.edit(keyId, patch),
    'keys.remove': async ({ keyId, purge }) => {
      await open().keys.remove(keyId, { purge });
      return null;
    },
    'keys.restore': ({ keyId }) => open().keys.restore(keyId),
    'trash.list': () => open().keys.trash(),
    'keys.undoEdit': async ({ keyId, index, overwrite }) => {
      const outcome = await undoEdit(open().store, clock, keyId, { index, overwrite });
      return { ...outcome, key: await keyDetail(keyId) };
    },
    'backups.list': () => open().store.backups(),
    // The session reads every request from disk, so the restored records are what it shows
    // next; the folder watcher tells the page as for any change (and the page reloads too).
    'backups.restore': ({ name }) => open().store.restoreBackup(name),
    'keys.copy': async ({ keyId, field }) => {
      await authorize(keyId, field, 'copy');
      const { keys } = open();
      const value = await keys.secretOf(keyId, field);
      const { label } = await keys.find(keyId);
      const delay = (await settings.get()).clipboardClearSeconds;
      const { clearsAt } = await clipboard.copy(value, delay, { keyId, label, field });
      await keys.recordEvent(keyId, {
        type: 'copied',
        detail: `${FIELD_NAMES[field]} copied`,
      });
      return { clearsAt: clearsAt ? clearsAt.toISOString() : null };
    },
    // The .env text holds the secret: the secret's gate (confirmation, rate limit) first,
    // then the same auto-clear as any copy. The variable names are `keyward exec`'s.
    'keys.copyEnv': async ({ keyId }) => {
      await authorize(keyId, 'secret', 'copy');
      const { keys } = open();
      const key = await keys.find(keyId);
      const entries: [string, string][] = [];
      for (const [name, field] of execVariables(key.provider, key.hasPassphrase)) {
        entries.push([name, await keys.secretOf(keyId, field)]);
      }
      const delay = (await settings.get()).clipboardClearSeconds;
      const { clearsAt } = await clipboard.copy(envFileText(entries), delay, {
        keyId,
        label: key.label,
        field: 'env',
      });
      await keys.recordEvent(keyId, {
        type: 'copied',
        detail: 'API key and secret copied as .env',
      });
      return { clearsAt: clearsAt ? clearsAt.toISOString() : null };
    },
    'clipboard.status': () => {
      const state = clipboard.current;
      return Promise.resolve(state ? toClipboardView(state) : null);
    },
    'clipboard.clear': async () => {
      await clipboard.clearNow('user');
      return null;
    },
    'keys.reveal': async ({ keyId, field }) => {
      await authorize(keyId, field, 'reveal');
      const { keys } = open();
      const value = await keys.secretOf(keyId, field);
      await keys.recordEvent(keyId, {
        type: 'revealed',
        detail: `${FIELD_NAMES[field]} revealed`,
      });
      return { value, hideAt: addSeconds(clock(), REVEAL_SECONDS).toISOString() };
    },

    'findings.list': async ({ keyId }) => {
      const listed = await open().lists.findings(keyId);
      if (listed) return listed;
      // Not a key of the list: the lookup's own error says what was not found.
      const data = await open().store.read();
      keyById(data, keyId ?? '');
      return findings(data, clock()).filter((f) => f.keyId === keyId);
    },

    'keys.setApiKey': ({ keyId, apiKey }) => open().workflows.setApiKey(keyId, apiKey),
    'keys.generate': (request) => open().workflows.generateKey(request),

    'rotation.start': ({ keyId }) => open().workflows.startRotation(keyId),
    'rotation.record': ({ keyId, apiKey, secret, passphrase }) =>
      open().workflows.recordRotationKey(keyId, { apiKey, secret, passphrase }),
    'rotation.generate': ({ keyId }) => open().workflows.generateRotationKey(keyId),
    'rotation.step': ({ keyId, step }) => open().workflows.rotationStep(keyId, step),
    'rotation.finish': ({ keyId }) => open().workflows.finishRotation(keyId),
    'rotation.abandon': async ({ keyId }) => (await open().workflows.abandonRotation(keyId)).key,

    'audit.status': () => open().workflows.auditStatus(),
    'audit.start': ({ keyId }) => open().workflows.startAudit(keyId),
    'audit.step': ({ step }) => open().workflows.auditStep(step),
    'audit.finish': () => open().workflows.finishAudit(),
    'audit.abandon': () => open().workflows.abandonAudit(),

    'incident.start': ({ keyId }) => open().workflows.startIncident(keyId),
    'incident.step': ({ keyId, step, note }) => open().workflows.incidentStep(keyId, step, note),
    'incident.finish': ({ keyId }) => open().workflows.finishIncident(keyId),

    'services.list': () => open().lists.services(),
    'services.add': (request) => open().workflows.addService(request),
    'services.assess': ({ serviceId, flags }) => open().workflows.assessService(serviceId, flags),

    // Reminders work while locked too (then without labels), like the notifications.
    'reminders.list': async () =>
      (await deps.reminders.list(await dataIfUnlocked(session))).map(toReminderView),
    'reminders.snooze': async ({ reminderId, days }) => {
      await deps.reminders.snooze(reminderId, days);
      return null;
    },
    'reminders.snoozeUntil': async ({ reminderId, until }) => {
      await deps.reminders.snoozeUntil(reminderId, until);
      return null;
    },

    'exchange.check': async ({ keyId }) => {
      const checks = new KeyCheckService(open().store, checker(), clock);
      const reports = await checks.check(keyId === undefined ? [] : [keyId], {
        ...(keyId === undefined && deps.onCheckProgress && { onProgress: deps.onCheckProgress }),
      });
      return reports.map(({ accepted: _accepted, provider: _provider, ...view }) => view);
    },
    'rotation.verify': async ({ keyId }) => {
      const result = await new KeyCheckService(open().store, checker(), clock).verifyRotation(
        keyId,
      );
      const { verified, newAccepted, oldRejected, message } = result;
      return { verified, newAccepted, oldRejected, message };
    },
    'exchange.accept': async ({ keyId }) => {
      await new KeyCheckService(open().store, checker(), clock).acceptLastCheck(keyId);
      return keyDetail(keyId);
    },

    'settings.get': () => settings.get(),
    'settings.set': (patch) => {
      const shortcut = patch.quickSearchShortcut;
      if (shortcut === undefined || !deps.quickSearchShortcut) return settings.set(patch);
      return deps.quickSearchShortcut.change(shortcut, () => settings.set(patch));
    },
    // Settings' "Send a test notification": names no key, works locked or unlocked.
    'notifications.test': () => {
      deps.notifier?.notify({ ...TEST_NOTIFICATION, keyId: null, notice: { kind: 'test' } });
      return Promise.resolve(null);
    },

    // Exchange API-management pages only: never a URL the renderer (or the vault) chose.
    'app.openExternal': async ({ url }) => {
      await deps.openInBrowser(checkExternalUrl(url));
      return null;
    },

    'import.preview': () => deps.plaintext.importPreview(),
    'import.commit': (request) => deps.plaintext.importCommit(request),
    'scan.chooseFolders': () => deps.plaintext.chooseFolders(),
    'scan.start': (request) => deps.plaintext.startScan(request),
    'scan.cancel': () => Promise.resolve(deps.plaintext.cancelScan()),
  };
}
