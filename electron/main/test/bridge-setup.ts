// The renderer's view of the app in tests: the bridge preload builds, over an in-memory
// transport, against main's registration wrapper (sender check included) and the real core on
// a temporary vault. Payloads and replies are structured-cloned, as Electron's IPC does.
import { createKeywardApi, type KeywardApi } from '../../../shared/ipc/bridge';
import { eventChannel } from '../../../shared/ipc/contract';
import { createTestCore } from '../../core/app/testing';
import { tempDir } from '../../core/test/temp-dir';
import { isTrustedSender, registerIpc } from '../ipc-registration';

type Handler = (event: unknown, payload: unknown) => Promise<unknown>;

export async function bridgeSetup() {
  const handlers = new Map<string, Handler>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const mainFrame = { url: 'app://keyward/index.html', parent: null };
  const contents = { mainFrame, isDestroyed: () => false, destroyed: false };
  const core = createTestCore(await tempDir());
  // Events the core emits travel to the bridge's subscribers.
  const originalEmitLog = core.events;
  registerIpc(
    {
      handle: (channel: string, handler: Handler) => void handlers.set(channel, handler),
      removeHandler: (channel: string) => void handlers.delete(channel),
    } as never,
    core.handle,
    (event) => isTrustedSender(event, () => contents as never),
  );
  let frame: { url: string; parent: unknown } | null = mainFrame;
  const api: KeywardApi = createKeywardApi({
    invoke: async (channel, payload) => {
      const handler = handlers.get(channel);
      if (!handler) throw new Error(`No handler registered for '${channel}'`);
      const reply = await handler(
        { sender: contents, senderFrame: frame },
        structuredClone(payload),
      );
      return structuredClone(reply);
    },
    subscribe: (event, listener) => {
      const channel = eventChannel(event);
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
      return () => set.delete(listener);
    },
  });
  const deliver = () => {
    for (const { event, payload } of originalEmitLog.splice(0)) {
      listeners.get(eventChannel(event))?.forEach((l) => l(structuredClone(payload)));
    }
  };
  return { api, core, deliver, mainFrame, setFrame: (f: typeof frame) => (frame = f) };
}
