// The names of the IPC channels and events, as plain data with no dependency, so the
// sandboxed preload can build the bridge without bundling the request schemas (zod).
// contract.ts checks at compile time that this list and the contract's keys are the same.

export const CHANNEL_NAMES = [
  'vault.status',
  'vault.create',
  'vault.unlock',
  'vault.recover',
  'vault.lock',
  'vault.rekey',
  'vault.unsavedDraft',
  'vault.setPassphrase',
  'vault.saveRecoveryKit',
  'keys.list',
  'keys.get',
  'keys.add',
  'keys.edit',
  'keys.remove',
  'keys.restore',
  'trash.list',
  'keys.undoEdit',
  'backups.list',
  'backups.restore',
  'keys.setApiKey',
  'keys.generate',
  'keys.copy',
  'keys.reveal',
  'keys.copyEnv',
  'clipboard.status',
  'clipboard.clear',
  'findings.list',
  'findings.accept',
  'findings.withdrawAcceptance',
  'rotation.start',
  'rotation.record',
  'rotation.generate',
  'rotation.step',
  'rotation.finish',
  'rotation.abandon',
  'rotation.verify',
  'audit.status',
  'audit.start',
  'audit.step',
  'audit.finish',
  'audit.abandon',
  'incident.start',
  'incident.step',
  'incident.finish',
  'services.list',
  'services.add',
  'services.assess',
  'reminders.list',
  'reminders.snooze',
  'reminders.snoozeUntil',
  'exchange.check',
  'exchange.accept',
  'settings.get',
  'settings.set',
  'notifications.test',
  'app.openExternal',
  'import.preview',
  'import.commit',
  'scan.chooseFolders',
  'scan.start',
  'scan.cancel',
] as const;
export type ChannelName = (typeof CHANNEL_NAMES)[number];

export const EVENT_NAMES = [
  'vaultChanged',
  'locked',
  'clipboardCleared',
  'clipboardCopied',
  'openKey',
  'checkProgress',
  'scanProgress',
  'autoLockWaiting',
  'quickSearch',
] as const;
export type EventName = (typeof EVENT_NAMES)[number];

export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && (CHANNEL_NAMES as readonly string[]).includes(value);
}

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && (EVENT_NAMES as readonly string[]).includes(value);
}

/** The Electron IPC channel an event travels on (distinct from every invoke channel). */
export function eventChannel(event: EventName): string {
  return `keyward-event:${event}`;
}
