// `keyward undo`, `keyward backups` and `keyward restore-backup` through the built CLI.
import { describe, expect, it } from 'vitest';
import { KeyService } from '../../core/keys/key-service';
import type { KeychainPort } from '../../core/vault/keychain';
import { VaultStore } from '../../core/vault/vault-store';
import type { BackupView } from '../../../shared/ipc/safety-views';
import { addArgs, ok, SECRET, useCliVaults } from './workflow-test-vault';

const freshVault = useCliVaults('safety');
const LABEL = 'CoinTracker - Read Only';

/** An edit as the app makes it (the CLI has no edit command). */
async function edit(dir: string, keychain: KeychainPort, patch: object) {
  const store = await VaultStore.open(dir, { keychain });
  try {
    await new KeyService(store).edit(LABEL, patch);
  } finally {
    store.close();
  }
}

describe('undo, backups and restore-backup', () => {
  it('undo puts the last edit back; a field changed since needs --force', async () => {
    const { dir, run, refused, keychain } = await freshVault();
    ok(await run(addArgs(LABEL, ['--notes', 'first']), { input: SECRET }));
    await edit(dir, keychain, { label: 'Renamed', notes: 'second' });
    const undone = ok(await run(['undo', 'Renamed']));
    expect(undone.stderr).toMatch(
      /Undid the last edit of "CoinTracker - Read Only" \(label, notes\)/,
    );
    const shown = JSON.parse(ok(await run(['show', LABEL, '--json'])).stdout) as { label: string };
    expect(shown.label).toBe(LABEL);
    // Undo again redoes the edit (an undo is an edit too).
    ok(await run(['undo', LABEL]));
    ok(await run(['show', 'Renamed']));

    await refused(['undo', 'Missing'], 5, /No key is labelled/);
    // A value changed since the edit (not by an edit): undo names it and needs --force.
    const store = await VaultStore.open(dir, { keychain });
    await store.update((data) => {
      data.keys[0]!.notes = 'changed since';
    });
    store.close();
    await refused(['undo', 'Renamed'], 1, /notes changed since; nothing was changed.*--force/);
    ok(await run(['undo', 'Renamed', '--force']));
    ok(await run(['show', LABEL]));
    expect(ok(await run(['get', LABEL])).stdout.trim()).toBe(SECRET);
  });

  it('backups lists time and key count; restore-backup brings one back and keeps the current vault', async () => {
    const { run, refused } = await freshVault();
    ok(await run(addArgs(LABEL), { input: SECRET }));
    ok(await run(['remove', '--purge', LABEL]));
    const list = JSON.parse(ok(await run(['backups', '--json'])).stdout) as BackupView[];
    expect(list.map((b) => [b.state, b.keyCount])).toEqual([
      ['ok', 1],
      ['ok', 0],
    ]);
    const text = ok(await run(['backups'])).stdout;
    expect(text).toContain(`${list[0]!.name}  ${list[0]!.savedAt}  1 key`);

    await refused(['restore-backup', 'vault-nothing.keyward'], 5, /There is no backup named/);
    const restored = ok(await run(['restore-backup', list[0]!.name]));
    expect(restored.stderr).toMatch(
      /Restored the vault as it was at .* \(1 key\)\. The vault as it was just before is kept as the backup vault-/,
    );
    expect(ok(await run(['get', LABEL])).stdout.trim()).toBe(SECRET);
    const after = JSON.parse(ok(await run(['backups', '--json'])).stdout) as BackupView[];
    expect(after[0]).toMatchObject({ state: 'ok', keyCount: 0 });
  });
});
