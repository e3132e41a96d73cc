// `keyward backups` lists the vault's backups (time, key count: decrypted in memory with the
// open vault's key, never printed), `keyward restore-backup <name>` restores one, keeping the
// current vault as a backup first. Neither prints a record's content.
import type { Command } from 'commander';
import type { BackupView } from '../../../shared/ipc/safety-views';
import { syncScheduleFile } from '../../core/reminders/reminder-files';
import type { CliContext } from '../context';

const STATE_TEXT: Record<BackupView['state'], string> = {
  ok: '',
  'other-key':
    'made before the last re-key: cannot be restored (needs the recovery key of that time)',
  'other-vault': 'belongs to another vault',
  unreadable: 'unreadable (damaged)',
};

function describe(b: BackupView): string {
  if (b.state !== 'ok') return STATE_TEXT[b.state];
  return `${b.keyCount} key${b.keyCount === 1 ? '' : 's'}${b.trashCount ? `, ${b.trashCount} in the Trash` : ''}`;
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('backups')
    .description("list the vault's backups, newest first, with their time and key count")
    .option('--json', 'print a JSON array of { name, savedAt, state, keyCount, trashCount }')
    .option('--passphrase-stdin', "read the vault's passphrase from stdin")
    .action(async (options: { json?: boolean; passphraseStdin?: boolean }) => {
      const store = await ctx.openStore(options);
      try {
        const backups = await store.backups();
        if (options.json) {
          ctx.json(backups);
          return;
        }
        if (backups.length === 0) {
          ctx.note('The vault has no backups yet (one is kept at each save).');
          return;
        }
        for (const b of backups) ctx.out(`${b.name}  ${b.savedAt}  ${describe(b)}`);
      } finally {
        store.close();
      }
    });

  program
    .command('restore-backup')
    .description('restore the vault from one of its backups (the current vault is kept as one)')
    .argument('<name>', "a backup's name as 'keyward backups' prints it")
    .option('--passphrase-stdin', "read the vault's passphrase from stdin")
    .action(async (name: string, options: { passphraseStdin?: boolean }) => {
      const store = await ctx.openStore(options);
      try {
        const { restored, keptAs } = await store.restoreBackup(name);
        await syncScheduleFile(store.dir, await store.read());
        ctx.note(
          `Restored the vault as it was at ${restored.savedAt} (${describe(restored)}).${keptAs ? ` The vault as it was just before is kept as the backup ${keptAs}.` : ''}`,
        );
      } finally {
        store.close();
      }
    });
}
