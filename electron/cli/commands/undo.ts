// `keyward undo <label|id> [--force]`: undoes the key's last edit (its non-secret values put
// back from history, recorded as a new edit, so running it again redoes the edit).
import type { Command } from 'commander';
import { KeywardError } from '../../core/errors';
import { undoEdit } from '../../core/keys/undo-edit';
import type { CliContext } from '../context';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('undo')
    .description("undo a key's last edit (label, service, permissions, IP whitelist, notes...)")
    .argument('<label|id>', 'the key')
    .option('--force', 'put the old values back even over fields changed since')
    .option('--passphrase-stdin', "read the vault's passphrase from stdin")
    .action(async (ref: string, options: { force?: boolean; passphraseStdin?: boolean }) => {
      const store = await ctx.openStore(options);
      try {
        const outcome = await undoEdit(store, () => new Date(), ref, {
          overwrite: options.force === true,
        });
        if (!outcome.undone) {
          throw new KeywardError(
            'conflict',
            `The last edit of "${outcome.key.label}" was not undone: ${outcome.changedSince.join(', ')} changed since; nothing was changed. Add --force to put the old values back anyway.`,
          );
        }
        ctx.note(`Undid the last edit of "${outcome.key.label}" (${outcome.fields.join(', ')}).`);
      } finally {
        store.close();
      }
    });
}
