// `keyward rekey`: revokes a leaked passphrase or recovery key. A new vault key and a new
// recovery key; the records re-encrypted; the keychain entry replaced when the vault keeps
// one; every copy under the old key (backups, leftovers) deleted. Invariant: the new recovery
// key goes to stdout alone (a script captures it), never to stderr or a log.
import type { Command } from 'commander';
import { KeywardError } from '../../core/errors';
import { checkRekeyPassphrases } from '../../core/vault/rekey';
import { validPassphrase } from '../../core/vault/vault-read';
import { VaultStore } from '../../core/vault/vault-store';
import type { CliContext } from '../context';

/** A new passphrase: the next stdin line, or typed twice at a hidden prompt. */
export async function newPassphraseFromStdin(ctx: CliContext): Promise<string> {
  if (!ctx.stdin.interactive) return ctx.stdin.line();
  const first = await ctx.stdin.hidden('New passphrase: ');
  const again = await ctx.stdin.hidden('New passphrase again: ');
  if (first !== again) {
    throw new KeywardError(
      'invalid-input',
      'The two new passphrases differ; nothing was changed. Run the command again.',
    );
  }
  return first;
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('rekey')
    .description(
      'new vault key and recovery key (printed once on stdout), old backups deleted; a passphrase vault reads stdin: current passphrase, then the new one',
    )
    .action(async () => {
      const dir = ctx.vaultDir();
      const info = await VaultStore.describe(dir);
      let passphrase: string | undefined;
      let newPassphrase: string | undefined;
      if (info.hasPassphrase) {
        passphrase = ctx.stdin.interactive
          ? await ctx.stdin.hidden('Current passphrase: ')
          : await ctx.stdin.line();
        if (passphrase === '') {
          throw new KeywardError(
            'invalid-input',
            'This vault has a passphrase: stdin must hold the current passphrase, then the new one, one per line; nothing was changed.',
          );
        }
        newPassphrase = await newPassphraseFromStdin(ctx);
        // Bad input is refused before the (slow) passphrase hashing; core checks again.
        checkRekeyPassphrases(true, passphrase, newPassphrase);
        validPassphrase(newPassphrase);
      }
      const store =
        passphrase === undefined
          ? await ctx.openStore()
          : await VaultStore.open(dir, { keychain: ctx.keychain(), passphrase });
      let rekeyed;
      try {
        rekeyed = await store.rekey({
          keychain: ctx.keychain(),
          ...(passphrase !== undefined && { passphrase }),
          ...(newPassphrase !== undefined && { newPassphrase }),
        });
      } finally {
        store.close();
      }
      rekeyed.store.close();
      ctx.out(rekeyed.recoveryKey);
      ctx.note(
        'Vault re-keyed. The line above is the new recovery key: it is shown only this once; write it down and keep it somewhere safe. ' +
          (info.hasPassphrase ? 'The old passphrase and ' : 'The ') +
          'old recovery key open nothing any more: the vault has a new key' +
          (info.keychainKept ? ' (the keychain entry was replaced)' : '') +
          ' and the backups made under the old key were deleted. Copies made elsewhere (cloud sync, Time Machine) still open with the old ones, but hold only the records as they were then.',
      );
      if (rekeyed.leftovers.length > 0) {
        ctx.note(
          `Warning: these copies under the old key could not be deleted; delete them yourself: ${rekeyed.leftovers.join(', ')}`,
        );
      }
    });
}
