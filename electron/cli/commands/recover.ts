import type { Command } from 'commander';
import { VaultStore } from '../../core/vault/vault-store';
import type { CliContext } from '../context';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('recover')
    .description(
      'read the recovery key from stdin, open the vault, store its key in the keychain again',
    )
    .action(async () => {
      const recoveryKey = ctx.stdin.interactive
        ? await ctx.stdin.hidden('Recovery key: ')
        : await ctx.stdin.line();
      const store = await VaultStore.recover(ctx.vaultDir(), {
        keychain: ctx.keychain(),
        recoveryKey,
      });
      const count = (await store.read()).keys.length;
      store.close();
      ctx.note(
        `Recovered: the keychain holds this vault's key again (${count} keys in the vault).`,
      );
    });
}
