// `keyward recover`: opens the vault with its recovery key, keeping its protection. A vault
// that keeps its key in the keychain gets the entry back; a passphrase-only vault stays one
// with a new passphrase (stdin's second line), unless --keep-keychain is given.
import type { Command } from 'commander';
import { VaultStore } from '../../core/vault/vault-store';
import type { CliContext } from '../context';
import { newPassphraseFromStdin } from './rekey';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('recover')
    .description(
      'read the recovery key from stdin and open the vault: a keychain vault gets its keychain entry back; a passphrase-only vault reads a new passphrase on the next line',
    )
    .option(
      '--keep-keychain',
      'passphrase-only vault: keep the vault key in the OS keychain instead of a new passphrase',
    )
    .action(async (options: { keepKeychain?: boolean }) => {
      const dir = ctx.vaultDir();
      const recoveryKey = ctx.stdin.interactive
        ? await ctx.stdin.hidden('Recovery key: ')
        : await ctx.stdin.line();
      const info = await VaultStore.describe(dir);
      const passphraseOnly = info.exists && !info.keychainKept;
      const keepKeychain = options.keepKeychain === true;
      const newPassphrase =
        passphraseOnly && !keepKeychain ? await newPassphraseFromStdin(ctx) : undefined;
      const store = await VaultStore.recover(dir, {
        keychain: ctx.keychain(),
        recoveryKey,
        ...(newPassphrase !== undefined && { newPassphrase }),
        keepKeychain,
      });
      const count = (await store.read()).keys.length;
      store.close();
      ctx.note(
        newPassphrase !== undefined
          ? `Recovered (${count} keys in the vault): the vault opens with the new passphrase; the keychain keeps nothing.`
          : `Recovered: the keychain holds this vault's key again (${count} keys in the vault).`,
      );
    });
}
