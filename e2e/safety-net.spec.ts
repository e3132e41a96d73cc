// A safety net: an edit is undone from the key's history (itself undoable; a field changed
// since is named and the user chooses), and the vault is restored from a backup listed with
// its time and key count, the current vault kept as a backup first.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expectAccessible } from './harness/checks';
import { test, expect } from './harness/fixtures';
import { SAMPLE_KEYS, seedKeys } from './harness/seed';
import { KeyPage } from './pages/key-page';
import { KeysPage } from './pages/keys-page';
import { OnboardingPage } from './pages/onboarding-page';
import { BackupsPage, HistoryUndo } from './pages/safety-pages';

const [first, second] = [SAMPLE_KEYS[0]!, SAMPLE_KEYS[1]!];

test('an edit is undone from history; the undo is undoable; a field changed since is named', async ({
  app,
}) => {
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  await seedKeys(app.page, [first]);
  await app.open();
  const keys = new KeysPage(app.page);
  const key = new KeyPage(app.page);
  const undo = new HistoryUndo(app.page);
  const heading = (name: string) => app.page.getByRole('heading', { level: 1, name });

  await keys.open(first.label);
  await expect(undo.buttons).toHaveCount(0);
  await key.edit({ label: 'Renamed - Bot', ips: ['198.51.100.1'] });
  await expect(heading('Renamed - Bot')).toBeVisible();
  await undo.undo();
  await expect(heading(first.label)).toBeVisible();
  await expect(app.page.getByText(/The edit was undone \(label, IP whitelist\)/)).toBeVisible();
  let vault = await app.readVault();
  expect(vault.keys[0]!.ipWhitelist).toEqual(first.ipWhitelist);
  expect(vault.keys[0]!.history.at(-1)?.detail).toMatch(/^undo of the edit of /);
  expect(JSON.stringify(vault.keys[0]!.history)).not.toContain(first.secret);

  // The undo is an edit too: undoing it redoes the rename.
  await expect(undo.buttons).toHaveCount(2);
  await undo.undo();
  await expect(heading('Renamed - Bot')).toBeVisible();

  // The first edit (now the oldest of three) set a label that changed since: it says so.
  await key.edit({ label: 'Renamed again' });
  await expect(heading('Renamed again')).toBeVisible();
  await expect(undo.buttons).toHaveCount(4);
  await undo.undo(3);
  await expect(undo.conflict).toContainText('Changed since this edit: label');
  await expectAccessible(app.page, 'key detail with an undo conflict');
  vault = await app.readVault();
  expect(vault.keys[0]!.label).toBe('Renamed again');
  await undo.undoAnyway();
  await expect(heading(first.label)).toBeVisible();
  vault = await app.readVault();
  expect(vault.keys[0]!.label).toBe(first.label);
});

test('Restore from backup lists time and key count and restores one, keeping the current vault', async ({
  app,
}) => {
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  await seedKeys(app.page, [first, second]);
  await app.open();
  const keys = new KeysPage(app.page);
  const key = new KeyPage(app.page);
  const backups = new BackupsPage(app.page);

  await keys.open(first.label);
  await key.moveToTrash();
  // A damaged file in backups/ is listed as such, without Restore.
  await writeFile(
    path.join(app.dir, 'backups', 'vault-20200101T000000000Z-1-000001.keyward'),
    'not a vault',
  );
  await backups.goto();
  await expect(backups.entries.first()).toContainText('2 keys');
  const damaged = backups.entries.last();
  await expect(damaged).toHaveAttribute('data-state', 'unreadable');
  await expect(damaged).toContainText('Damaged: it cannot be read.');
  await expect(damaged.getByRole('button')).toHaveCount(0);
  await expectAccessible(app.page, 'restore from backup');

  await backups.restore(0);
  await expect(app.page.getByText(/The vault is back as it was on/)).toBeVisible();
  // The version the restore replaced (one key, one in the Trash) is now the newest backup.
  await expect(backups.entries.first()).toContainText('1 key, 1 in the Trash');
  const vault = await app.readVault();
  expect(vault.keys.map((k) => k.label).sort()).toEqual([first.label, second.label].sort());
  expect(vault.trash).toEqual([]);

  await keys.goto();
  await expect(keys.row(first.label)).toBeVisible();
  await expect(keys.row(second.label)).toBeVisible();
});
