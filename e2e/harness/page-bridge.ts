// Runs in the page (bundled to an IIFE and added with page.addInitScript): builds
// `window.keyward` with the SAME bridge builder preload uses (shared/ipc/bridge.ts). Its
// transport is the `__keywardInvoke` binding (Playwright exposeBinding, answered by the real
// core in Node); events come back through `__keywardEmit`, called by the harness.
import './zod-jitless';
import { createKeywardApi } from '../../shared/ipc/bridge';
import type { ChannelName, EventName } from '../../shared/ipc/contract';

interface PageGlobal {
  /** Takes and answers JSON text: one string crosses CDP much faster than an object graph. */
  __keywardInvoke: (channel: ChannelName, payloadJson: string) => Promise<string>;
  __keywardEmit?: (event: EventName, payload: unknown) => void;
  keyward?: unknown;
}

const page = globalThis as unknown as PageGlobal;
const listeners = new Map<EventName, Set<(payload: unknown) => void>>();

const api = createKeywardApi({
  invoke: async (channel, payload) =>
    JSON.parse(await page.__keywardInvoke(channel, JSON.stringify(payload ?? {}))) as unknown,
  subscribe: (event, listener) => {
    let set = listeners.get(event);
    if (!set) listeners.set(event, (set = new Set()));
    set.add(listener);
    return () => void set.delete(listener);
  },
});

Object.defineProperty(page, 'keyward', { value: api, writable: false, configurable: false });
Object.defineProperty(page, '__keywardEmit', {
  value: (event: EventName, payload: unknown) => listeners.get(event)?.forEach((l) => l(payload)),
  writable: false,
  configurable: false,
});
