import type { Command } from 'commander';
import { TRASH_DAYS } from '../../../shared/domain/trash';
import { KeyService } from '../../core/keys/key-service';
import { syncScheduleFile } from '../../core/reminders/reminder-files';
import type { CliContext } from '../context';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('remove')
    .description(`move a key to the Trash (kept ${TRASH_DAYS} days); --purge deletes it at once`)
    .argument('<label|id>', 'the key (with --purge, also a key in the Trash)')
    .option('--purge', 'delete the key for good now, secret included (no restore)')
    .option('--passphrase-stdin', "read the vault's passphrase from stdin")
    .action(async (ref: string, options: { purge?: boolean; passphraseStdin?: boolean }) => {
      const store = await ctx.openStore(options);
      try {
        const removed = await new KeyService(store).remove(ref, { purge: options.purge });
        await syncScheduleFile(store.dir, await store.read());
        const atExchange = 'Delete it at the exchange too if it is still active there.';
        ctx.note(
          options.purge
            ? `Deleted "${removed.label}" (${removed.fingerprint}) for good: its secret is gone from the vault. ${atExchange}`
            : `Moved "${removed.label}" (${removed.fingerprint}) to the Trash: it is kept ${TRASH_DAYS} days, its secret still encrypted in the vault; 'keyward restore "${removed.label}"' brings it back, 'keyward remove --purge "${removed.label}"' deletes it now. ${atExchange}`,
        );
      } finally {
        store.close();
      }
    });

  program
    .command('restore')
    .description('bring a key back from the Trash')
    .argument('<label|id>', 'the key in the Trash')
    .option('--passphrase-stdin', "read the vault's passphrase from stdin")
    .action(async (ref: string, options: { passphraseStdin?: boolean }) => {
      const store = await ctx.openStore(options);
      try {
        const restored = await new KeyService(store).restore(ref);
        await syncScheduleFile(store.dir, await store.read());
        ctx.out(restored.id);
        ctx.note(`Restored "${restored.label}" (${restored.fingerprint}) from the Trash.`);
      } finally {
        store.close();
      }
    });

  program
    .command('trash')
    .description(`list the keys in the Trash (never prints a secret)`)
    .option('--json', 'print a JSON array')
    .option('--passphrase-stdin', "read the vault's passphrase from stdin")
    .action(async (options: { json?: boolean; passphraseStdin?: boolean }) => {
      const store = await ctx.openStore(options);
      try {
        const entries = await new KeyService(store).trash();
        if (options.json) {
          const rows = entries.map((e) => ({
            id: e.id,
            label: e.label,
            provider: e.provider,
            fingerprint: e.fingerprint,
            trashedAt: e.trashedAt,
            deletedAt: e.deletedAt,
          }));
          ctx.json(rows);
          return;
        }
        if (entries.length === 0) {
          ctx.note('The Trash is empty.');
          return;
        }
        for (const e of entries) {
          ctx.out(
            `${e.label}  ${e.provider}  ${e.fingerprint}  removed ${e.trashedAt.slice(0, 10)}, deleted for good ${e.deletedAt.slice(0, 10)}`,
          );
        }
      } finally {
        store.close();
      }
    });
}
