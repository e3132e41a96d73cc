// A round trip over an in-memory transport: the bridge preload builds, against main's
// registration wrapper (sender check included), against the real core on a temporary vault.
// Payloads and replies are structured-cloned, as Electron's IPC does.
import { describe, expect, it } from 'vitest';
import { createKeywardApi, type KeywardApi } from '../../shared/ipc/bridge';
import { eventChannel } from '../../shared/ipc/contract';
import { createTestCore } from '../core/app/testing';
import { tempDir } from '../core/test/temp-dir';
import { isTrustedSender, registerIpc } from './ipc-registration';

type Handler = (event: unknown, payload: unknown) => Promise<unknown>;

async function setup() {
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

describe('bridge <-> registration round trip', () => {
  it('creates a vault, adds and copies a key, locks, and events arrive', async () => {
    const { api, core, deliver } = await setup();
    expect(await api.vault.status()).toMatchObject({ ok: true, value: { state: 'none' } });
    const created = await api.vault.create({});
    expect(created.ok && created.value.status.state).toBe('unlocked');
    const added = await api.keys.add({
      label: 'CoinTracker - Read Only',
      provider: 'binance',
      useCase: 'portfolio-tracking',
      apiKey: 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A',
      secret: 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j',
    });
    if (!added.ok) throw new Error(added.message);
    const list = await api.keys.list({});
    expect(list.ok && list.value.keys.map((k) => k.label)).toEqual(['CoinTracker - Read Only']);
    const copied = await api.keys.copy({ keyId: added.value.id, field: 'secret' });
    expect(copied).toEqual({ ok: true, value: { clearsAt: '2026-01-01T00:00:30.000Z' } });
    const locks: unknown[] = [];
    const cleared: unknown[] = [];
    api.on('locked', (p) => locks.push(p));
    api.on('clipboardCleared', (p) => cleared.push(p));
    expect((await api.vault.lock()).ok).toBe(true);
    deliver();
    expect(locks).toEqual([{ reason: 'user' }]);
    expect(cleared).toEqual([{ reason: 'lock' }]);
    expect(core.board.text).toBe('');
    expect(await api.keys.list({})).toMatchObject({ ok: false, code: 'locked' });
  });

  it('a malformed request comes back invalid through the whole path', async () => {
    const { api } = await setup();
    const result = await api.vault.create({ passphrase: 'x'.repeat(5000) });
    expect(result).toMatchObject({ ok: false, code: 'invalid' });
    expect(await api.vault.status()).toMatchObject({ value: { state: 'none' } });
  });

  it('a sender that is not the top frame is refused before core runs', async () => {
    const { api, mainFrame, setFrame } = await setup();
    setFrame(null);
    expect(await api.vault.create({})).toMatchObject({ ok: false, code: 'forbidden' });
    setFrame({ url: 'app://keyward/index.html', parent: {} });
    expect(await api.vault.create({})).toMatchObject({ ok: false, code: 'forbidden' });
    setFrame({ url: 'app://keyward/index.html', parent: null }); // another frame object
    expect(await api.vault.create({})).toMatchObject({ ok: false, code: 'forbidden' });
    setFrame(mainFrame);
    mainFrame.url = 'https://evil.example/'; // the main frame navigated away
    expect(await api.vault.create({})).toMatchObject({ ok: false, code: 'forbidden' });
    mainFrame.url = 'app://keyward/index.html';
    expect(await api.vault.status()).toMatchObject({ ok: true, value: { state: 'none' } });
  });
});
