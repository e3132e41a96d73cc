// `keyward exec <key> [--prefix NAME] [--env VAR=FIELD]... [--preset freqtrade] -- cmd args`:
// runs cmd with the key in its environment.
// Invariant: the secret and the API passphrase go only into the child's environment, never
// onto any command line (ours or the child's), so `ps` and shell history never show them.
import type { Command } from 'commander';
import { EXEC_PREFIX, execVariables } from '../../../shared/domain/exec-env';
import { KeywardError } from '../../core/errors';
import { KeyService, SECRET_FIELDS, type SecretField } from '../../core/keys/key-service';
import type { CliContext } from '../context';
import { ExitRequest } from '../exit-request';
import { collect } from '../options';
import { COMMAND_NOT_FOUND, runChild } from '../run-child';
import { isSecretField } from './get';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('exec')
    .description(
      'run a command with NAME_API_KEY, NAME_API_SECRET (and NAME_API_PASSPHRASE) in its environment',
    )
    .argument('<label|id>', 'the key')
    .argument('<command...>', 'the command and its arguments, after --')
    .option(
      '--prefix <NAME>',
      'the variable prefix (default: the provider in capitals, e.g. BINANCE)',
    )
    .option(
      '--env <VAR=FIELD>',
      'set exactly this variable to a field (apiKey, secret, passphrase) instead of the NAME_API_* ones (repeatable)',
      collect,
    )
    .option(
      '--preset <name>',
      `the variables a program documents: ${Object.keys(PRESETS).join(', ')}`,
    )
    .option('--passphrase-stdin', "read the vault's passphrase from stdin's first line")
    .action(async (ref: string, command: string[], options: ExecOptions) => {
      if (options.prefix !== undefined && !EXEC_PREFIX.test(options.prefix)) {
        throw new KeywardError(
          'invalid-input',
          `--prefix must be a variable name (letters, digits, underscores), not "${options.prefix}".`,
        );
      }
      const wanted = parseEnvOptions(options);
      const [program, ...args] = command;
      if (!program) throw new KeywardError('invalid-input', 'Give the command to run after --.');
      const store = await ctx.openStore(options);
      let env: NodeJS.ProcessEnv;
      try {
        const keys = new KeyService(store);
        const key = await keys.find(ref);
        // The app's "Copy as .env" lists the same variables (shared/domain/exec-env.ts).
        const variables: [string, SecretField, boolean?][] =
          wanted ?? execVariables(key.provider, key.hasPassphrase, options.prefix);
        env = { ...ctx.io.env };
        for (const [name, field, ifPresent] of variables) {
          if (field === 'passphrase' && ifPresent && !key.hasPassphrase) continue;
          env[name] = await keys.secretOf(key.id, field);
        }
      } finally {
        store.close();
      }
      const status = await runChild(program, args, env);
      if (status === COMMAND_NOT_FOUND)
        ctx.note(`keyward: the command "${program}" was not found.`);
      throw new ExitRequest(status);
    });
}

interface ExecOptions {
  prefix?: string;
  env?: string[];
  preset?: string;
  passphraseStdin?: boolean;
}

/**
 * Variables programs document for their keys. The third item: set only when the key has an
 * API passphrase (freqtrade reads `password` for OKX, and none for Binance).
 */
const PRESETS: Record<string, [string, SecretField, boolean?][]> = {
  freqtrade: [
    ['FREQTRADE__EXCHANGE__KEY', 'apiKey'],
    ['FREQTRADE__EXCHANGE__SECRET', 'secret'],
    ['FREQTRADE__EXCHANGE__PASSWORD', 'passphrase', true],
  ],
};

/** --env and --preset, checked before the vault opens; null: the NAME_API_* defaults. */
function parseEnvOptions(options: ExecOptions): [string, SecretField, boolean?][] | null {
  if (options.env === undefined && options.preset === undefined) return null;
  if (options.prefix !== undefined) {
    throw new KeywardError(
      'invalid-input',
      '--prefix names the default NAME_API_* variables; with --env or --preset give the variable names there instead.',
    );
  }
  const out: [string, SecretField, boolean?][] = [];
  if (options.preset !== undefined) {
    const preset = PRESETS[options.preset];
    if (!preset) {
      throw new KeywardError(
        'invalid-input',
        `Unknown --preset "${options.preset}": use ${Object.keys(PRESETS).join(', ')}.`,
      );
    }
    out.push(...preset);
  }
  for (const item of options.env ?? []) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.+)$/.exec(item);
    if (!match || !isSecretField(match[2]!)) {
      throw new KeywardError(
        'invalid-input',
        `--env takes VAR=FIELD, FIELD one of ${SECRET_FIELDS.join(', ')} (e.g. --env API_KEY=apiKey), not "${item}".`,
      );
    }
    out.push([match[1]!, match[2]]);
  }
  return out;
}
