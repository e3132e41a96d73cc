import type { Command } from 'commander';
import { KeywardError } from '../../core/errors';
import { VaultStore } from '../../core/vault/vault-store';
import type { CliContext } from '../context';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('passphrase')
    .description(
      'set, change or remove the passphrase (stdin: current passphrase line if set, then the new one)',
    )
    .option('--remove', 'remove the passphrase (the keychain keeps the vault key)')
    .option('--keep-keychain', 'keep the vault key in the keychain too')
    .action(async (options: { remove?: boolean; keepKeychain?: boolean }) => {
      const info = await VaultStore.describe(ctx.vaultDir());
      const store = await ctx.openStore({
        passphraseStdin: info.hasPassphrase && !info.keychainKept,
      });
      try {
        if (options.remove) {
          if (!store.hasPassphrase)
            throw new KeywardError('invalid-input', 'This vault has no passphrase to remove.');
          await store.setPassphrase(null, { keychain: ctx.keychain(), keepKeychain: true });
          ctx.note('The passphrase is removed; the OS keychain opens the vault.');
          return;
        }
        const hadPassphrase = store.hasPassphrase;
        const next = ctx.stdin.interactive
          ? await ctx.stdin.hidden('New passphrase: ')
          : await ctx.stdin.line();
        await store.setPassphrase(next, {
          keychain: ctx.keychain(),
          keepKeychain: options.keepKeychain === true,
        });
        ctx.note(
          options.keepKeychain
            ? 'Passphrase set; the keychain also keeps the vault key.'
            : 'Passphrase set; the keychain entry was removed, so opening asks for the passphrase.',
        );
        if (hadPassphrase) {
          // A change rewraps the same vault key: backups still open with the old passphrase.
          ctx.note(
            "The old passphrase still opens the backups, and through them today's vault key. If it may have leaked, run 'keyward rekey' to revoke it.",
          );
        }
      } finally {
        store.close();
      }
    });
}
