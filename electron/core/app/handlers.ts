// One handler per IPC channel: plain functions over core, so Electron's main process and the
// e2e harness (plain Node) run the very same code. Requests arrive already parsed with the
// contract's schemas (dispatch.ts); core parses domain input again with its own rules.
// Invariants: only keys.reveal returns a secret, and only after re-checking the passphrase
// where one is set; keys.copy returns only when the clipboard clears.
import { addSeconds } from 'date-fns';
import { findings } from '../../../shared/findings';
import type { KeyRecord, VaultData } from '../../../shared/domain/key-record';
import type { ClipboardService } from '../clipboard/clipboard-service';
import { KeywardError } from '../errors';
import { findKey, type SecretField } from '../keys/key-service';
import type { Handlers } from './dispatch';
import type { ReminderService } from '../reminders/reminder-service';
import { checkExternalUrl } from './external-links';
import { toKeyDetail } from './key-detail';
import type { Clock } from './ports';
import { toReminderView } from '../reminders/reminder-view';
import { dataIfUnlocked } from './reminder-check';
import type { SettingsStore } from './settings-store';
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
}

function keyById(data: VaultData, keyId: string): KeyRecord {
  return findKey(data, keyId);
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const { session, clipboard, settings, clock } = deps;
  const open = () => session.requireOpen();

  const keyDetail = async (keyId: string) => {
    const data = await open().store.read();
    return toKeyDetail(keyById(data, keyId), data.services);
  };

  return {
    'vault.status': () => session.status(),
    'vault.create': async (request) => {
      const recoveryKey = await session.create(request);
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
    'vault.lock': async () => {
      await session.lock('user');
      return session.status();
    },

    'keys.list': ({ limit }) => open().lists.keys(limit),
    'keys.get': ({ keyId }) => keyDetail(keyId),
    'keys.add': (request) => open().keys.add(request),
    'keys.edit': ({ keyId, patch }) => open().keys.edit(keyId, patch),
    'keys.remove': async ({ keyId }) => {
      await open().keys.remove(keyId);
      return null;
    },
    'keys.copy': async ({ keyId, field }) => {
      const { keys } = open();
      const value = await keys.secretOf(keyId, field);
      const delay = (await settings.get()).clipboardClearSeconds;
      const { clearsAt } = await clipboard.copy(value, delay);
      await keys.recordEvent(keyId, {
        type: 'copied',
        detail: `${FIELD_NAMES[field]} copied`,
      });
      return { clearsAt: clearsAt ? clearsAt.toISOString() : null };
    },
    'keys.reveal': async ({ keyId, field, passphrase }) => {
      const { store, keys } = open();
      if (store.hasPassphrase) {
        if (passphrase === undefined) {
          throw new KeywardError(
            'passphrase-required',
            'Type the vault passphrase to reveal a secret; nothing was revealed.',
          );
        }
        if (!(await store.verifyPassphrase(passphrase))) {
          throw new KeywardError(
            'wrong-passphrase',
            'That passphrase is not the vault passphrase; nothing was revealed.',
          );
        }
      }
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

    'settings.get': () => settings.get(),
    'settings.set': (patch) => settings.set(patch),

    'app.openExternal': async ({ url }) => {
      const serviceUrls = session.isUnlocked
        ? (await open().store.read()).services.map((s) => s.url).filter((u) => u !== '')
        : [];
      await deps.openInBrowser(checkExternalUrl(url, serviceUrls));
      return null;
    },
  };
}
