import type { Command } from 'commander';
import { KeyService } from '../../core/keys/key-service';
import { syncScheduleFile } from '../../core/reminders/reminder-files';
import type { CliContext } from '../context';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('remove')
    .description('remove a key from the vault (delete it at the exchange too)')
    .argument('<label|id>', 'the key')
    .option('--passphrase-stdin', "read the vault's passphrase from stdin")
    .action(async (ref: string, options: { passphraseStdin?: boolean }) => {
      const store = await ctx.openStore(options);
      try {
        const removed = await new KeyService(store).remove(ref);
        await syncScheduleFile(store.dir, await store.read());
        ctx.note(
          `Removed "${removed.label}" (${removed.fingerprint}) from the vault. Delete it at the exchange too if it is still active there.`,
        );
      } finally {
        store.close();
      }
    });
}
