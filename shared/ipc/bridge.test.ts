import { describe, expect, expectTypeOf, it } from 'vitest';
import { createKeywardApi, type BridgeTransport } from './bridge';
import { CHANNEL_NAMES, type ChannelName } from './contract';
import type { IpcResult } from './result';
import type { CopyReply, VaultStatus } from './views';

function recordingTransport(answer: unknown = { ok: true, value: 'v' }) {
  const calls: { channel: ChannelName; payload: unknown }[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const transport: BridgeTransport = {
    invoke: (channel, payload) => {
      calls.push({ channel, payload });
      return Promise.resolve(answer);
    },
    subscribe: (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  };
  const emit = (event: string, payload: unknown) =>
    listeners.get(event)?.forEach((l) => l(payload));
  return { transport, calls, emit };
}

describe('createKeywardApi', () => {
  it('exposes one function per channel, grouped by the part before the dot', () => {
    const api = createKeywardApi(recordingTransport().transport) as unknown as Record<
      string,
      Record<string, unknown>
    >;
    for (const channel of CHANNEL_NAMES) {
      const [group, method] = channel.split('.') as [string, string];
      expect(typeof api[group]?.[method]).toBe('function');
    }
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('sends the channel and payload, {} when no request is given, and returns the result', async () => {
    const { transport, calls } = recordingTransport({ ok: true, value: { clearsAt: null } });
    const api = createKeywardApi(transport);
    const copied = await api.keys.copy({ keyId: 'k1', field: 'secret' });
    await api.vault.status();
    expect(copied).toEqual({ ok: true, value: { clearsAt: null } });
    expect(calls).toEqual([
      { channel: 'keys.copy', payload: { keyId: 'k1', field: 'secret' } },
      { channel: 'vault.status', payload: {} },
    ]);
    expectTypeOf(copied).toEqualTypeOf<IpcResult<CopyReply>>();
    expectTypeOf(api.vault.status).returns.resolves.toEqualTypeOf<IpcResult<VaultStatus>>();
  });

  it('turns a transport failure or a malformed answer into an internal result', async () => {
    const failing: BridgeTransport = {
      invoke: () => Promise.reject(new Error('secret-looking detail')),
      subscribe: () => () => undefined,
    };
    const result = await createKeywardApi(failing).keys.list();
    expect(result).toEqual({
      ok: false,
      code: 'internal',
      message: 'The app could not be reached.',
    });
    const odd = await createKeywardApi(recordingTransport('nope').transport).keys.list();
    expect(odd.ok).toBe(false);
  });

  it('subscribes to known events and unsubscribes', () => {
    const { transport, emit } = recordingTransport();
    const api = createKeywardApi(transport);
    const seen: unknown[] = [];
    const off = api.on('openKey', (payload) => seen.push(payload.keyId));
    emit('openKey', { keyId: 'k9' });
    off();
    emit('openKey', { keyId: 'k10' });
    expect(seen).toEqual(['k9']);
    expect(() => api.on('nope' as 'locked', () => undefined)).toThrow(/Unknown event/);
  });
});
