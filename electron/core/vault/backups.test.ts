import { copyFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KeyService } from '../keys/key-service';
import { sampleKey } from '../test/sample-keys';
import { tempDir } from '../test/temp-dir';
import { backupsToDelete, KEEP_DAYS, KEEP_RECENT } from './backup-retention';
import { memoryKeychain, type KeychainPort } from './keychain';
import { backupDir, vaultPath } from './vault-file';
import { VaultStore } from './vault-store';

/** The labels each backup holds, newest first, each opened as a vault of its own. */
async function backupLabels(dir: string, keychain: KeychainPort): Promise<string[][]> {
  const names = (await readdir(backupDir(dir))).sort().reverse();
  const out: string[][] = [];
  for (const name of names) {
    const copy = await tempDir();
    await copyFile(path.join(backupDir(dir), name), vaultPath(copy));
    const store = await VaultStore.open(copy, { keychain });
    out.push((await store.read()).keys.map((k) => k.label));
    store.close();
  }
  return out;
}

describe('backups', () => {
  it('20 copy-event saves after a remove still leave a backup holding the removed key', async () => {
    const dir = await tempDir();
    const keychain = memoryKeychain();
    const { store } = await VaultStore.create(dir, { keychain });
    const keys = new KeyService(store);
    const removed = sampleKey(1).label;
    const kept = sampleKey(2).label;
    await keys.add(sampleKey(1));
    await keys.add(sampleKey(2));
    await keys.remove(removed);
    for (let i = 0; i < 20; i++) await keys.recordEvent(kept, { type: 'copied' });

    const backups = await backupLabels(dir, keychain);
    expect(backups.some((labels) => labels.includes(removed))).toBe(true);
    // The newest saves are still kept too, and the folder stays bounded.
    expect(backups[0]).toEqual([kept]);
    expect(backups.length).toBeLessThanOrEqual(2 * KEEP_RECENT + KEEP_DAYS);
  });

  it('keeps the newest saves, the newest real changes, and the newest backup of each of the last 30 days', () => {
    const now = new Date('2026-03-31T12:00:00Z');
    const names: string[] = [];
    let counter = 0;
    const name = (at: Date, historyOnly: boolean) =>
      `vault-${at.toISOString().replace(/[-:.]/g, '')}-4242-${String(++counter).padStart(6, '0')}${historyOnly ? '-h' : ''}.keyward`;
    // Two saves a day for 60 days (a real change at 08:00, a copy at 09:00)...
    for (let day = 59; day >= 1; day--) {
      const at = new Date(now.getTime() - day * 86_400_000);
      names.push(name(new Date(at.setUTCHours(8)), false), name(new Date(at.setUTCHours(9)), true));
    }
    // ...then 25 copies today.
    for (let i = 0; i < 25; i++)
      names.push(name(new Date(now.getTime() - (25 - i) * 60_000), true));

    const deleted = new Set(backupsToDelete([...names].reverse(), now));
    const kept = names.filter((n) => !deleted.has(n));
    const newest = names.slice(-KEEP_RECENT);
    const newestChanges = names.filter((n) => !n.endsWith('-h.keyward')).slice(-KEEP_RECENT);
    const dayOf = (n: string) => n.slice(6, 14);
    const days = new Set(kept.map(dayOf));
    expect(kept).toEqual(expect.arrayContaining([...newest, ...newestChanges]));
    // One per day for the 30 days up to today (today included), the newest of that day.
    for (let day = 0; day < KEEP_DAYS; day++) {
      const stamp = new Date(now.getTime() - day * 86_400_000).toISOString().slice(0, 10);
      const of = names.filter((n) => dayOf(n) === stamp.replace(/-/g, ''));
      expect(kept, stamp).toContain(of[of.length - 1]);
    }
    expect(days.size).toBe(KEEP_DAYS);
    // Nothing else: older days' backups and the rest of today's copies go.
    const expected = new Set([
      ...newest,
      ...newestChanges,
      ...[...days].map((d) => names.filter((n) => dayOf(n) === d).pop()!),
    ]);
    expect(new Set(kept)).toEqual(expected);
    expect(kept.length).toBeLessThan(names.length);
  });

  it('leaves names it does not know to the count alone', () => {
    const names = Array.from(
      { length: 12 },
      (_, i) => `vault-copy-${String(i).padStart(2, '0')}.keyward`,
    );
    expect(backupsToDelete(names, new Date())).toEqual(names.slice(0, 2));
  });
});
