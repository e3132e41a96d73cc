// A complete core on in-memory ports and a temporary folder, for tests and the e2e harness:
// memory keychain (or a given one), memory clipboard, fake clock, recorded events and
// opened links, a scripted answer to main's secret-access confirmation. Argon2id runs with small limits so passphrase tests stay fast.
import type {
  ChannelName,
  EventName,
  IpcEvents,
  ReplyOf,
  RequestOf,
} from '../../../shared/ipc/contract';
import { memoryClipboard } from '../clipboard/clipboard-port';
import { memoryKeychain, type KeychainPort } from '../vault/keychain';
import { FakeScheduler } from './fake-scheduler';
import { ScriptedPaths } from './scripted-paths';
import { ScriptedRecoveryKit } from './scripted-recovery-kit';
import { ScriptedSecretAccess } from './scripted-secret-access';
import { createKeywardCore, type CorePorts, type KeywardCore } from './keyward-core';

export const FAST_PWHASH = { opslimit: 2, memlimit: 8 * 1024 * 1024 };

export interface TestCore extends KeywardCore {
  board: ReturnType<typeof memoryClipboard>;
  scheduler: FakeScheduler;
  events: { event: EventName; payload: unknown }[];
  opened: string[];
  notifications: { title: string; body: string; keyId: string | null }[];
  keychain: KeychainPort;
  /** Answers main's copy/reveal confirmation (default: approve); records what was asked. */
  secretAccess: ScriptedSecretAccess;
  /** Answers main's open dialog (default: cancelled); set `paths.answers[kind]`. */
  paths: ScriptedPaths;
  /** Answers main's save dialog for the emergency kit (default: cancelled). */
  recoveryKit: ScriptedRecoveryKit;
}

export function createTestCore(
  dir: string,
  options: {
    keychain?: KeychainPort;
    start?: Date;
    http?: CorePorts['http'];
    exchangeUrlOverrides?: CorePorts['exchangeUrlOverrides'];
  } = {},
): TestCore {
  const board = memoryClipboard();
  const scheduler = new FakeScheduler(options.start);
  const events: TestCore['events'] = [];
  const opened: string[] = [];
  const notifications: TestCore['notifications'] = [];
  const keychain = options.keychain ?? memoryKeychain();
  const secretAccess = new ScriptedSecretAccess();
  const paths = new ScriptedPaths();
  const recoveryKit = new ScriptedRecoveryKit();
  const core = createKeywardCore({
    dir,
    keychain,
    clipboard: board,
    scheduler,
    clock: scheduler.clock,
    emit: <E extends EventName>(event: E, payload: IpcEvents[E]) => {
      events.push({ event, payload });
    },
    openExternal: (url) => {
      opened.push(url);
      return Promise.resolve();
    },
    confirmSecretAccess: secretAccess.confirm,
    choosePaths: paths.choose,
    recoveryKit,
    notifier: { notify: (n) => notifications.push(n) },
    pwhashLimits: FAST_PWHASH,
    ...(options.http && { http: options.http }),
    ...(options.exchangeUrlOverrides && { exchangeUrlOverrides: options.exchangeUrlOverrides }),
  });
  return {
    ...core,
    board,
    scheduler,
    events,
    opened,
    notifications,
    keychain,
    secretAccess,
    paths,
    recoveryKit,
  };
}

/** Runs one channel through core's parse-and-dispatch path; throws when it is refused. */
export async function call<C extends ChannelName>(
  core: TestCore,
  channel: C,
  request: RequestOf<C>,
): Promise<ReplyOf<C>> {
  const result = await core.handle(channel, request);
  if (!result.ok) throw new Error(`${channel} failed: ${result.code} ${result.message}`);
  return result.value as ReplyOf<C>;
}
