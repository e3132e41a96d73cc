// Leaving the add form with an unsaved secret asks first (tabs, Ctrl+F, Cancel: every `go`;
// Ctrl+L: confirmLeave); main hears whether a draft is held; a lock discards it and says why.
import { beforeEach, describe, expect, it } from 'vitest';
import { createKeywardApi } from '../../../shared/ipc/bridge';
import type { ChannelName } from '../../../shared/ipc/contract';
import { useDraftGuard } from './draft-guard';
import { useView } from './view-store';

const calls: { channel: ChannelName; payload: unknown }[] = [];

beforeEach(() => {
  calls.length = 0;
  const keyward = createKeywardApi({
    invoke: (channel, payload) => {
      calls.push({ channel, payload });
      return Promise.resolve({ ok: true, value: null });
    },
    subscribe: () => () => undefined,
  });
  (globalThis as unknown as { window: { keyward: unknown } }).window = { keyward };
  useDraftGuard.setState({
    holding: false,
    pending: null,
    discardedOnLock: null,
    autoLockAt: null,
  });
  useView.setState({ route: { name: 'add' } });
});

describe('draft guard', () => {
  it('navigation away from a form holding a secret waits for "Discard"', () => {
    useDraftGuard.getState().setHolding(true);
    useView.getState().go({ name: 'services' });
    expect(useView.getState().route).toEqual({ name: 'add' });
    expect(useDraftGuard.getState().pending).not.toBeNull();
    useDraftGuard.getState().keepEditing();
    expect(useView.getState().route).toEqual({ name: 'add' });
    expect(useDraftGuard.getState().holding).toBe(true);

    useView.getState().focusSearch(); // Ctrl+F
    expect(useView.getState().route).toEqual({ name: 'add' });
    useDraftGuard.getState().discard();
    expect(useView.getState().route).toEqual({ name: 'list' });
    expect(useDraftGuard.getState().holding).toBe(false);
  });

  it('navigates at once without a secret', () => {
    useView.getState().go({ name: 'settings' });
    expect(useView.getState().route).toEqual({ name: 'settings' });
    expect(useDraftGuard.getState().pending).toBeNull();
  });

  it('confirmLeave (the lock) resolves with the answer', async () => {
    expect(await useDraftGuard.getState().confirmLeave()).toBe(true);
    useDraftGuard.getState().setHolding(true);
    const kept = useDraftGuard.getState().confirmLeave();
    useDraftGuard.getState().keepEditing();
    expect(await kept).toBe(false);
    const left = useDraftGuard.getState().confirmLeave();
    useDraftGuard.getState().discard();
    expect(await left).toBe(true);
  });

  it('tells main whether a draft is held, once per change', () => {
    useDraftGuard.getState().setHolding(true);
    useDraftGuard.getState().setHolding(true);
    useDraftGuard.getState().setHolding(false);
    expect(calls).toEqual([
      { channel: 'vault.unsavedDraft', payload: { holding: true } },
      { channel: 'vault.unsavedDraft', payload: { holding: false } },
    ]);
  });

  it('a lock discards the draft and remembers why; a lock without one does not', () => {
    useDraftGuard.getState().setHolding(true);
    useDraftGuard.getState().autoLockWaiting(540, 1_000);
    expect(useDraftGuard.getState().autoLockAt).toBe(541_000);
    useDraftGuard.getState().locked('screen-lock');
    expect(useDraftGuard.getState()).toMatchObject({
      holding: false,
      discardedOnLock: 'screen-lock',
      autoLockAt: null,
    });
    useDraftGuard.getState().locked('idle');
    expect(useDraftGuard.getState().discardedOnLock).toBeNull();
  });
});
