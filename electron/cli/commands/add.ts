import type { Command } from 'commander';
import {
  defaultPermissions,
  USE_CASES,
  PROVIDERS,
  KEY_TYPES,
} from '../../../shared/domain/exchange';
import { describeIssues, newKeyInputSchema } from '../../../shared/domain/key-input';
import { KeywardError } from '../../core/errors';
import { KeyService } from '../../core/keys/key-service';
import { syncScheduleFile } from '../../core/reminders/reminder-files';
import type { CliContext } from '../context';
import { collect, parsePermList, parseWholeNumber } from '../options';

export interface KeyOptions {
  label: string;
  provider: string;
  useCase?: string;
  perm?: string;
  ip?: string[];
  rotateDays?: number;
  service?: string;
  account?: string;
  keyType?: string;
  notes?: string;
  passphraseStdin?: boolean;
}

/** The options `add` and `keygen` share. */
export function keyOptions(command: Command): Command {
  return command
    .requiredOption('--label <label>', 'a unique label, e.g. "3Commas - Trading Bot"')
    .requiredOption('--provider <provider>', `the exchange: ${PROVIDERS.join(', ')}`)
    .option('--use-case <useCase>', `what the key is for: ${USE_CASES.join(', ')}`)
    .option(
      '--perm <list>',
      "permissions, comma-separated from read,spotMargin,futures,withdrawals (default: the use case's)",
    )
    .option('--ip <address>', 'a whitelisted IP address or CIDR range (repeatable)', collect)
    .option(
      '--rotate-days <n>',
      'rotation interval in days (default 90)',
      parseWholeNumber('--rotate-days'),
    )
    .option('--service <name>', 'the third-party service that uses the key')
    .option('--account <name>', 'the exchange account the key belongs to')
    .option('--notes <text>', 'free notes (not secret)')
    .option('--passphrase-stdin', "read the vault's passphrase from stdin's first line");
}

/** Turns CLI options into the add input; zod validates the rest in the service. */
export function keyInputFromOptions(options: KeyOptions): Record<string, unknown> {
  const useCase = options.useCase ?? 'custom';
  return {
    label: options.label,
    provider: options.provider,
    useCase,
    ...(options.keyType !== undefined && { keyType: options.keyType }),
    ...(options.account !== undefined && { account: options.account }),
    permissions: options.perm
      ? parsePermList(options.perm)
      : (USE_CASES as readonly string[]).includes(useCase)
        ? defaultPermissions(useCase as (typeof USE_CASES)[number])
        : undefined,
    ipWhitelist: options.ip ?? [],
    ...(options.rotateDays !== undefined && { rotationIntervalDays: options.rotateDays }),
    ...(options.service !== undefined && { service: options.service }),
    ...(options.notes !== undefined && { notes: options.notes }),
  };
}

export function register(program: Command, ctx: CliContext): void {
  keyOptions(program.command('add'))
    .description(
      'add a key; the secret comes from stdin when piped, else from a hidden prompt; prints the new id',
    )
    .requiredOption('--api-key <key>', 'the API key (the public part)')
    .option(
      '--key-type <type>',
      `hmac (default), ${KEY_TYPES.filter((t) => t !== 'hmac').join(' or ')}`,
    )
    .action(async (options: KeyOptions & { apiKey: string }) => {
      const input = { ...keyInputFromOptions(options), apiKey: options.apiKey };
      // Refuse bad options before asking for the secret, so nobody types it for nothing.
      const check = newKeyInputSchema.safeParse({ ...input, secret: 'not-the-secret' });
      if (!check.success) {
        throw new KeywardError(
          'invalid-input',
          `The key was not added: ${describeIssues(check.error)}.`,
        );
      }
      const store = await ctx.openStore(options);
      try {
        const secret = await ctx.secret('Secret key (hidden): ');
        const added = await new KeyService(store).add({ ...input, secret });
        await syncScheduleFile(store.dir, await store.read());
        ctx.out(added.id);
      } finally {
        store.close();
      }
    });
}
