// `keyward set-api-passphrase <label|id>`: records a key's API passphrase (an OKX key saved
// without one, or a changed one), read from stdin after the vault passphrase line.
// Invariant: the passphrase comes from stdin or a hidden prompt only, and is never printed.
import type { Command } from 'commander';
import { KeywardError } from '../../core/errors';
import { KeyService } from '../../core/keys/key-service';
import type { CliContext } from '../context';
import { withVault } from './workflow-output';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('set-api-passphrase')
    .description("record a key's API passphrase (OKX), read from stdin")
    .argument('<label|id>', 'the key')
    .option('--passphrase-stdin', "read the vault's passphrase from stdin's first line")
    .action(async (ref: string, options: { passphraseStdin?: boolean }) => {
      const key = await withVault(ctx, options, async (store) => {
        const value = ctx.stdin.interactive
          ? await ctx.stdin.hidden('API passphrase (hidden): ')
          : await ctx.stdin.line();
        if (value === '') {
          throw new KeywardError(
            'invalid-input',
            'No API passphrase was given: pipe it on stdin (after the vault passphrase line) or type it at the prompt.',
          );
        }
        return new KeyService(store).edit(ref, { passphrase: value });
      });
      ctx.note(`Recorded the API passphrase of "${key.label}".`);
    });
}
