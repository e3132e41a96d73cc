// The Trash end to end through the built CLI: remove keeps a key 30 days (secret encrypted),
// restore brings it back, --purge deletes at once, a trashed key's label is free again, and
// get/exec/show of a trashed key exit 5 naming the Trash.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addArgs, NEW_API_KEY, ok, SECRET, useCliVaults } from './workflow-test-vault';

const freshVault = useCliVaults('trash');
const LABEL = 'CoinTracker - Read Only';
type TrashRow = { id: string; label: string; trashedAt: string; deletedAt: string };

describe('remove, the Trash and restore', () => {
  it('remove moves the key to the Trash; get/exec/show then exit 5 naming it; restore brings it back whole', async () => {
    const { dir, run } = await freshVault();
    const id = ok(await run(addArgs(LABEL), { input: SECRET })).stdout.trim();
    const removed = ok(await run(['remove', LABEL]));
    expect(removed.stderr).toMatch(/moved .* to the Trash: it is kept 30 days/i);
    expect(removed.stderr).toContain('keyward restore');
    expect(JSON.parse(ok(await run(['list', '--json'])).stdout)).toEqual([]);

    const trash = JSON.parse(ok(await run(['trash', '--json'])).stdout) as TrashRow[];
    expect(trash.map((t) => [t.id, t.label])).toEqual([[id, LABEL]]);
    const days = (Date.parse(trash[0]!.deletedAt) - Date.parse(trash[0]!.trashedAt)) / 86_400_000;
    expect(days).toBe(30);

    for (const args of [
      ['get', LABEL],
      ['show', LABEL],
      ['exec', LABEL, '--', 'true'],
    ]) {
      const result = await run(args);
      expect(result.status, args.join(' ')).toBe(5);
      expect(result.stderr).toMatch(/is in the Trash/);
      expect(result.stdout).toBe('');
    }
    // The secret is still there, encrypted: nothing in the folder holds it in plaintext.
    const vault = await readFile(path.join(dir, 'vault.keyward'));
    expect(vault.includes(Buffer.from(SECRET))).toBe(false);

    const restored = ok(await run(['restore', LABEL]));
    expect(restored.stdout.trim()).toBe(id);
    expect(ok(await run(['get', LABEL])).stdout.trim()).toBe(SECRET);
    expect(JSON.parse(ok(await run(['trash', '--json'])).stdout)).toEqual([]);
    const history = JSON.parse(ok(await run(['history', LABEL, '--json'])).stdout) as {
      type: string;
    }[];
    expect(history.map((e) => e.type)).toEqual(['created', 'trashed', 'restored']);
  });

  it("a trashed key's label is free; restoring into a taken label adds ' (restored)'", async () => {
    const { run } = await freshVault();
    const oldId = ok(await run(addArgs(LABEL), { input: SECRET })).stdout.trim();
    ok(await run(['remove', LABEL]));
    const newArgs = ['add', '--label', LABEL, '--provider', 'binance', '--api-key', NEW_API_KEY];
    ok(await run(newArgs, { input: 'another-secret-value-1234' }));
    ok(await run(['restore', oldId]));
    const labels = (JSON.parse(ok(await run(['list', '--json'])).stdout) as TrashRow[]).map(
      (k) => k.label,
    );
    expect(labels.sort()).toEqual([LABEL, `${LABEL} (restored)`]);
    expect(ok(await run(['get', `${LABEL} (restored)`])).stdout.trim()).toBe(SECRET);
    expect(ok(await run(['get', LABEL])).stdout.trim()).toBe('another-secret-value-1234');
  });

  it('--purge deletes at once (from the vault or from the Trash); history still tells', async () => {
    const { run } = await freshVault();
    ok(await run(addArgs(LABEL), { input: SECRET }));
    ok(await run(['remove', LABEL]));
    const purged = ok(await run(['remove', '--purge', LABEL]));
    expect(purged.stderr).toMatch(/for good/);
    expect(JSON.parse(ok(await run(['trash', '--json'])).stdout)).toEqual([]);
    const restore = await run(['restore', LABEL]);
    expect(restore.status).toBe(5);
    expect(restore.stderr).toMatch(/No key in the Trash/);

    ok(await run(addArgs('Second'), { input: SECRET }));
    ok(await run(['remove', '--purge', 'Second']));
    const gone = await run(['get', 'Second']);
    expect(gone.status).toBe(5);
    expect(gone.stderr).not.toMatch(/Trash/);
    const history = JSON.parse(ok(await run(['history', 'Second', '--json'])).stdout) as {
      type: string;
    }[];
    expect(history.map((e) => e.type)).toEqual(['created', 'removed']);
  });
});
