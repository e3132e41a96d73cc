import type { Command } from 'commander';
import { VaultStore } from '../../core/vault/vault-store';
import type { CliContext } from '../context';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('init')
    .description('create a vault; prints the recovery key once on stdout')
    .option('--passphrase-stdin', 'protect the vault key with a passphrase read from stdin')
    .option('--keep-keychain', 'with a passphrase: also keep the vault key in the OS keychain')
    .action(async (options: { passphraseStdin?: boolean; keepKeychain?: boolean }) => {
      const passphrase = await ctx.passphraseFromStdin(options);
      const dir = ctx.vaultDir();
      const { store, recoveryKey } = await VaultStore.create(dir, {
        keychain: ctx.keychain(),
        ...(passphrase !== undefined && { passphrase }),
        keepKeychain: options.keepKeychain === true,
      });
      store.close();
      // The recovery key alone on stdout, so a script can capture it; guidance on stderr.
      ctx.out(recoveryKey);
      ctx.note(
        `Vault created in ${dir}. The line above is your recovery key: it is shown only this once. ` +
          'Write it down and keep it somewhere safe; it opens the vault if the keychain entry is lost.',
      );
    });
}
