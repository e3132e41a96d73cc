import type { Command } from 'commander';
import {
  CREDENTIALS,
  extraName,
  PROVIDER_PERMISSION_NAMES,
} from '../../../shared/domain/credentials';
import { PERMISSIONS, USE_CASE_NAMES } from '../../../shared/domain/exchange';
import type { KeySummary } from '../../../shared/domain/key-summary';
import { escapeUnsafeText } from '../../../shared/domain/text-safety';
import { KeyService } from '../../core/keys/key-service';
import type { CliContext } from '../context';
import { keyJson } from './summary-json';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('show')
    .description('show one key (never prints a secret)')
    .argument('<label|id>', 'the key')
    .option('--json', 'print a JSON object')
    .option('--passphrase-stdin', "read the vault's passphrase from stdin")
    .action(async (ref: string, options: { json?: boolean; passphraseStdin?: boolean }) => {
      const store = await ctx.openStore(options);
      try {
        const key = await new KeyService(store).find(ref);
        if (options.json) {
          ctx.json(keyJson(key));
          return;
        }
        const names = PROVIDER_PERMISSION_NAMES[key.provider];
        const granted = [
          ...new Set(PERMISSIONS.filter((p) => key.permissions[p]).map((p) => names[p])),
        ];
        const lines: [string, string][] = [
          ['Label', key.label],
          ['Id', key.id],
          ['Provider', key.provider],
          ['Account', key.account || '-'],
          ['Use case', USE_CASE_NAMES[key.useCase]],
          ['Key type', key.keyType],
          ['Host', key.host || '-'],
          ['Environment', key.environment],
          ['API key', key.fingerprint],
          ['API passphrase', passphraseLine(key)],
          ['Permissions', granted.length ? granted.join(', ') : 'none'],
          ['Other switches', key.extras.length ? key.extras.map(extraName).join(', ') : 'none'],
          [
            'IP whitelist',
            key.ipWhitelist.length
              ? key.ipWhitelist.join(', ')
              : 'none (any IP address can use it)',
          ],
          ['Service', key.service ?? '-'],
          ['Tags', key.tags.length ? key.tags.join(', ') : '-'],
          ['Status', key.status],
          ['Created', key.createdAt],
          ['Last rotated', key.lastRotatedAt],
          ['Rotate by', key.rotationDueAt],
        ];
        const width = Math.max(...lines.map(([name]) => name.length));
        for (const [name, value] of lines) ctx.out(`${name.padEnd(width)}  ${value}`);
        // Notes may span lines: each on its own output line, under the first.
        const [first = '-', ...more] = escapeUnsafeText(key.notes || '-', '\n\t').split('\n');
        ctx.out(`${'Notes'.padEnd(width)}  ${first}`);
        for (const line of more) ctx.out(`${' '.repeat(width)}  ${line}`);
      } finally {
        store.close();
      }
    });
}

/** Whether there is one, never the value. */
function passphraseLine(key: KeySummary): string {
  if (key.hasPassphrase) return 'recorded (keyward get --field passphrase)';
  return CREDENTIALS[key.provider].passphrase === 'required'
    ? 'MISSING: OKX refuses this key without it'
    : 'none';
}
