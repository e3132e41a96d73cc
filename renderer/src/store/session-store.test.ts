// A lock wins over an unlock in flight: the 'locked' event that arrives before the unlock's
// reply is not undone by a late 'unlocked' status.
import { beforeEach, describe, expect, it } from 'vitest';
import { createKeywardApi } from '../../../shared/ipc/bridge';
import type { VaultStatus } from '../../../shared/ipc/views';
import { useSession } from './session-store';

const status = (state: VaultStatus['state']): VaultStatus => ({
  state,
  vaultId: 'v1',
  hasPassphrase: false,
  keychainKept: true,
  keychainAvailable: true,
});

/** Replies wait for `release()`, so a test can act while a request is in flight. */
let waiting: (() => void)[] = [];
const release = () => waiting.splice(0).forEach((go) => go());
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  waiting = [];
  const keyward = createKeywardApi({
    invoke: async (channel) => {
      await new Promise<void>((resolve) => waiting.push(resolve));
      if (channel === 'vault.unlock' || channel === 'vault.recover') {
        return { ok: true, value: status('unlocked') };
      }
      throw new Error(`unexpected ${channel}`);
    },
    subscribe: () => () => undefined,
  });
  (globalThis as unknown as { window: { keyward: unknown } }).window = { keyward };
  useSession.setState({ status: status('locked') });
});

describe('session store', () => {
  it('a lock heard while an unlock is in flight wins over its late reply', async () => {
    const unlocking = useSession.getState().unlock();
    await tick();
    useSession.getState().markLocked();
    release();
    await unlocking;
    expect(useSession.getState().status?.state).toBe('locked');
  });

  it('the same for a recovery', async () => {
    const recovering = useSession.getState().recover('recovery-key');
    await tick();
    useSession.getState().markLocked();
    release();
    await recovering;
    expect(useSession.getState().status?.state).toBe('locked');
  });

  it('an unlock with no lock meanwhile opens as usual', async () => {
    const unlocking = useSession.getState().unlock();
    await tick();
    release();
    await unlocking;
    expect(useSession.getState().status?.state).toBe('unlocked');
  });
});
