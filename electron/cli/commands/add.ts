import type { Command } from 'commander';
import { CREDENTIALS, ENVIRONMENTS } from '../../../shared/domain/credentials';
import {
  defaultPermissions,
  USE_CASES,
  PROVIDERS,
  KEY_TYPES,
  type Provider,
} from '../../../shared/domain/exchange';
import { describeIssues, newKeyInputSchema } from '../../../shared/domain/key-input';
import { KeywardError } from '../../core/errors';
import { KeyService } from '../../core/keys/key-service';
import { syncScheduleFile } from '../../core/reminders/reminder-files';
import type { CliContext } from '../context';
import {
  checkApiKeyOptions,
  readKeyMaterial,
  wantsPassphrase,
  type MaterialOptions,
} from '../credential-input';
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
  host?: string;
  environment?: string;
  extra?: string[];
  tag?: string[];
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
    .option('--host <host>', "the API host the key works on (default: the exchange's main one)")
    .option('--environment <env>', `${ENVIRONMENTS.join(' | ')} (default live)`)
    .option(
      '--extra <id>',
      "one of the exchange's other permission switches the key has, e.g. universalTransfer (repeatable)",
      collect,
    )
    .option(
      '--tag <tag>',
      'a free-text tag to filter by, e.g. a server or strategy (repeatable)',
      collect,
    )
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
    ...(options.host !== undefined && { host: options.host }),
    ...(options.environment !== undefined && { environment: options.environment }),
    ...(options.extra !== undefined && { extras: options.extra }),
    ...(options.tag !== undefined && { tags: options.tag }),
  };
}

/** Stand-ins that pass validation, to check the options before any secret is read. */
function placeholders(provider: string): Record<string, string> {
  return {
    apiKey: provider === 'coinbase' ? 'organizations/org/apiKeys/key' : 'placeholder-api-key',
    secret: 'not-the-secret',
    passphrase: 'not-the-passphrase',
  };
}

export function register(program: Command, ctx: CliContext): void {
  keyOptions(program.command('add'))
    .description(
      'add a key; stdin: [vault passphrase] [API key with --api-key-stdin] secret [API passphrase (OKX; other with --with-passphrase)]; prints the new id',
    )
    .option(
      '--api-key <key>',
      'the API key (the public part; visible in ps: prefer --api-key-stdin)',
    )
    .option('--api-key-stdin', 'read the API key from stdin, the line before the secret')
    .option(
      '--with-passphrase',
      'provider other: the key has an API passphrase (stdin line after the secret)',
    )
    .option(
      '--key-type <type>',
      `hmac (default), ${KEY_TYPES.filter((t) => t !== 'hmac').join(', ')} (Coinbase: from the private key)`,
    )
    .action(async (options: KeyOptions & MaterialOptions) => {
      checkApiKeyOptions(options, 'add');
      const input = keyInputFromOptions(options);
      // Refuse bad options before asking for the secret, so nobody types it for nothing.
      const { passphrase: standInPassphrase, ...standIns } = placeholders(options.provider);
      const check = newKeyInputSchema.safeParse({
        ...standIns,
        ...(passphraseExpected(options) && { passphrase: standInPassphrase }),
        ...input,
        ...(options.apiKey !== undefined && { apiKey: options.apiKey }),
      });
      if (!check.success) {
        throw new KeywardError(
          'invalid-input',
          `The key was not added: ${describeIssues(check.error)}.`,
        );
      }
      const provider = check.data.provider;
      wantsPassphrase(provider, options);
      const store = await ctx.openStore(options);
      try {
        const material = await readKeyMaterial(ctx, provider, options, 'the');
        const added = await new KeyService(store).add({ ...input, ...material });
        await syncScheduleFile(store.dir, await store.read());
        ctx.out(added.id);
      } finally {
        store.close();
      }
    });
}

/** Whether stdin will carry an API passphrase line (false for an unknown provider). */
function passphraseExpected(options: KeyOptions & MaterialOptions): boolean {
  if (!(PROVIDERS as readonly string[]).includes(options.provider)) return false;
  const rule = CREDENTIALS[options.provider as Provider].passphrase;
  return rule === 'required' || (rule === 'optional' && options.withPassphrase === true);
}
