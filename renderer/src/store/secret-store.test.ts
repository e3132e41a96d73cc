// The renderer's one secret: revealed on request, dropped when hidden, when its time is up
// (at most 30 s even if main offers longer) and on reset (lock). Copy keeps no value at all.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createKeywardApi } from '../../../shared/ipc/bridge';
import type { ChannelName } from '../../../shared/ipc/contract';
import { useSecrets } from './secret-store';

const SECRET = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j';
const calls: { channel: ChannelName; payload: unknown }[] = [];
let hideAfterMs = 30_000;
/** Main's events that arrive before the copy's reply (main emits before the history write). */
let beforeCopyReply: (() => void) | null = null;

beforeEach(() => {
  vi.useFakeTimers();
  calls.length = 0;
  hideAfterMs = 30_000;
  const keyward = createKeywardApi({
    invoke: (channel, payload) => {
      calls.push({ channel, payload });
      if (channel === 'keys.reveal') {
        const hideAt = new Date(Date.now() + hideAfterMs).toISOString();
        return Promise.resolve({ ok: true, value: { value: SECRET, hideAt } });
      }
      if ((channel === 'keys.copy' || channel === 'keys.copyEnv') && beforeCopyReply) {
        const events = beforeCopyReply;
        beforeCopyReply = null;
        events();
      }
      if (channel === 'keys.copy' || channel === 'keys.copyEnv') {
        return Promise.resolve({
          ok: true,
          value: { clearsAt: new Date(Date.now() + 30_000).toISOString() },
        });
      }
      return Promise.resolve({ ok: false, code: 'forbidden', message: 'no' });
    },
    subscribe: () => () => undefined,
  });
  (globalThis as unknown as { window: { keyward: unknown } }).window = { keyward };
  useSecrets.getState().reset();
});

afterEach(() => {
  vi.useRealTimers();
});

const held = () => JSON.stringify(useSecrets.getState());

describe('secret store', () => {
  it('holds a revealed value until hidden', async () => {
    await useSecrets.getState().reveal('k1', 'secret');
    expect(useSecrets.getState().revealed?.value).toBe(SECRET);
    useSecrets.getState().hide();
    expect(held()).not.toContain(SECRET);
  });

  it('drops the value by itself when its time is up, never later than 30 s', async () => {
    hideAfterMs = 600_000; // main asking for longer does not extend the renderer's limit
    await useSecrets.getState().reveal('k1', 'secret');
    vi.advanceTimersByTime(29_000);
    expect(held()).toContain(SECRET);
    vi.advanceTimersByTime(1_001);
    expect(held()).not.toContain(SECRET);
  });

  it('asks for the value only (main confirms, never the page) and forgets it on reset', async () => {
    await useSecrets.getState().reveal('k1', 'secret');
    expect(calls[0]).toEqual({ channel: 'keys.reveal', payload: { keyId: 'k1', field: 'secret' } });
    useSecrets.getState().reset();
    expect(held()).not.toContain(SECRET);
  });

  it('copy keeps only when the clipboard clears, and forgets it once cleared', async () => {
    await useSecrets.getState().copy('k1', 'secret');
    expect(useSecrets.getState().clipboard).toMatchObject({ keyId: 'k1', field: 'secret' });
    expect(held()).not.toContain(SECRET);
    useSecrets.getState().clipboardWasCleared();
    expect(useSecrets.getState().clipboard).toBeNull();
    expect(useSecrets.getState().clipboardCleared).toBe(true);
  });

  it("a copy's late reply never brings back a countdown main already cleared", async () => {
    const view = { keyId: 'k1', label: 'Bot A', field: 'secret' as const, clearsAt: null };
    beforeCopyReply = () => {
      useSecrets.getState().clipboardWasCopied(view);
      useSecrets.getState().clipboardWasCleared();
    };
    await useSecrets.getState().copy('k1', 'secret');
    expect(useSecrets.getState().clipboard).toBeNull();
    expect(useSecrets.getState().clipboardCleared).toBe(true);

    // With the event first, the chip keeps what main said (the label included).
    beforeCopyReply = () => useSecrets.getState().clipboardWasCopied(view);
    await useSecrets.getState().copyEnv('k1');
    expect(useSecrets.getState().clipboard).toEqual(view);
    expect(calls.at(-1)).toEqual({ channel: 'keys.copyEnv', payload: { keyId: 'k1' } });
  });
});
