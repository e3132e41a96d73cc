import type { Command } from 'commander';
import { escapeUnsafeText } from '../../../shared/domain/text-safety';
import { KeyService } from '../../core/keys/key-service';
import type { CliContext } from '../context';
import { permissionList } from '../options';
import { keyJson } from './summary-json';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('list')
    .description('list the keys (never prints a secret)')
    .option('--json', 'print a JSON array')
    .option('--passphrase-stdin', "read the vault's passphrase from stdin")
    .action(async (options: { json?: boolean; passphraseStdin?: boolean }) => {
      const store = await ctx.openStore(options);
      try {
        const keys = await new KeyService(store).list();
        if (options.json) {
          ctx.json(keys.map(keyJson));
          return;
        }
        if (keys.length === 0) {
          ctx.note("The vault holds no keys yet: add one with 'keyward add'.");
          return;
        }
        // Escaped before the widths are measured, so a column stays aligned.
        const rows = keys.map((k) => [
          escapeUnsafeText(k.label),
          // A testnet or demo key does not touch real funds: say so beside the exchange.
          k.environment === 'live' ? k.provider : `${k.provider} (${k.environment})`,
          k.useCase,
          permissionList(k.permissions),
          k.ipWhitelist.length ? k.ipWhitelist.join(' ') : 'NO IP WHITELIST',
          k.rotationDueAt.slice(0, 10),
          k.status,
        ]);
        const header = [
          'LABEL',
          'PROVIDER',
          'USE CASE',
          'PERMISSIONS',
          'IP WHITELIST',
          'ROTATE BY',
          'STATUS',
        ];
        const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
        for (const row of [header, ...rows]) {
          ctx.out(
            row
              .map((cell, i) => cell.padEnd(widths[i]!))
              .join('  ')
              .trimEnd(),
          );
        }
      } finally {
        store.close();
      }
    });
}
