// A copy marks its key's row as just copied, so the list's "last copied" sort sees it at once.
import { beforeEach, describe, expect, it } from 'vitest';
import { createKeywardApi } from '../../../shared/ipc/bridge';
import { keyRow } from '../test/key-row';
import { useSecrets } from './secret-store';
import { useVault } from './vault-store';

beforeEach(() => {
  const keyward = createKeywardApi({
    invoke: (channel) =>
      Promise.resolve(
        channel === 'keys.copy'
          ? { ok: true, value: { clearsAt: null } }
          : { ok: true, value: { total: 2, keys: [keyRow('a'), keyRow('b')] } },
      ),
    subscribe: () => () => undefined,
  });
  (globalThis as unknown as { window: { keyward: unknown } }).window = { keyward };
  useVault.getState().reset();
  useSecrets.getState().reset();
});

describe('copy', () => {
  it("sets the copied key's lastCopiedAt in the list, and no other key's", async () => {
    await useVault.getState().load();
    const before = Date.now();
    await useSecrets.getState().copy('b', 'secret');
    const [a, b] = useVault.getState().keys;
    expect(a!.lastCopiedAt).toBeNull();
    expect(Date.parse(b!.lastCopiedAt!)).toBeGreaterThanOrEqual(before - 1000);
  });
});
