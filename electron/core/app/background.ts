// The app's background duties, started once the core exists: auto-lock after idle time,
// the reminder loop, and watching the vault folder for the CLI's changes. Shared by the
// Electron main process and the e2e harness; both pass their own idle-time source.
import { ensureVaultDir } from '../vault/vault-file';
import { IdleLock } from './idle-lock';
import type { KeywardCore } from './keyward-core';
import type { Scheduler } from './ports';
import { ReminderLoop } from './reminder-loop';
import { VaultWatcher } from './vault-watcher';

export interface BackgroundPorts {
  scheduler: Scheduler;
  idleSeconds: () => number;
  /** One reminder pass: decide what is due and notify (core/app/reminder-check.ts). */
  checkReminders: () => Promise<void>;
  onVaultChanged: () => void;
  onError: (error: unknown) => void;
  /** The idle lock waits for the add form's unsaved secret: seconds left, null when no longer. */
  onAutoLockWaiting?: (secondsLeft: number | null) => void;
}

export interface Background {
  idle: IdleLock;
  reminders: ReminderLoop;
  watcher: VaultWatcher;
  /** After sleep: check the idle time and the reminders at once, watch again. */
  resumed(): Promise<void>;
  stop(): void;
}

export async function startBackground(
  core: KeywardCore,
  ports: BackgroundPorts,
): Promise<Background> {
  // The folder may not exist before the first vault; watching needs it (0700, like the vault).
  await ensureVaultDir(core.session.dir);
  const settings = await core.settings.get();
  const idle = new IdleLock({
    scheduler: ports.scheduler,
    idleSeconds: ports.idleSeconds,
    isUnlocked: () => core.session.isUnlocked,
    // The key drops at once; a failure to clear the clipboard must not crash the loop.
    lock: () => void core.lock('idle').catch(() => undefined),
    minutes: settings.autoLockMinutes,
    holdsUnsavedSecret: core.holdsUnsavedSecret,
    ...(ports.onAutoLockWaiting && { onWaiting: ports.onAutoLockWaiting }),
  });
  const reminders = new ReminderLoop(ports.scheduler, ports.checkReminders, ports.onError);
  // The daily exchange check has a loop of its own: turning reminders off must not turn it off.
  // Each pass is cheap unless a day has passed with the setting on and the vault unlocked.
  const exchangeChecks = new ReminderLoop(
    ports.scheduler,
    () => core.checkExchangesDaily(),
    ports.onError,
  );
  const watcher = new VaultWatcher(core.session.dir, ports.scheduler, () => {
    void (async () => {
      // Our own saves are not news to the renderer; the CLI's are.
      if (!(await core.vaultChangedElsewhere())) return;
      // Re-keyed elsewhere: the key held here opens nothing; lock and say why ('locked').
      if (await core.session.lockIfRekeyed()) return;
      // Keep the locked-time reminder schedule in step, then tell the UI.
      await core.syncSchedule();
      ports.onVaultChanged();
    })().catch(ports.onError);
  });
  core.settings.onChange((next) => {
    idle.setMinutes(next.autoLockMinutes);
    reminders.setCadence(next.reminderCadence);
  });
  idle.start();
  watcher.start();
  await reminders.start(settings.reminderCadence);
  await exchangeChecks.start('hourly');
  return {
    idle,
    reminders,
    watcher,
    resumed: async () => {
      idle.check();
      watcher.start();
      await reminders.runNow();
      await exchangeChecks.runNow();
    },
    stop: () => {
      idle.stop();
      reminders.stop();
      exchangeChecks.stop();
      watcher.stop();
    },
  };
}
