// The `keyward` command: scripts and bots use it, so its arguments, output and exit codes are
// a contract (README "The keyward command"). Each command lives in commands/<name>.ts.
import { Command, CommanderError } from 'commander';
import { escapeUnsafeText } from '../../shared/domain/text-safety';
import { exitCodeFor, KeywardError } from '../core/errors';
import { CliContext } from './context';
import { ExitRequest } from './exit-request';
import type { CliIo } from './io';
import * as add from './commands/add';
import * as exec from './commands/exec';
import * as get from './commands/get';
import * as init from './commands/init';
import * as list from './commands/list';
import * as passphrase from './commands/passphrase';
import * as recover from './commands/recover';
import * as rekey from './commands/rekey';
import * as remove from './commands/remove';
import * as show from './commands/show';
import * as audit from './commands/audit';
import * as keygen from './commands/keygen';
import * as setApiKey from './commands/set-api-key';
import * as setApiPassphrase from './commands/set-api-passphrase';
import * as rotate from './commands/rotate';
import * as auditRun from './commands/audit-run';
import * as incident from './commands/incident';
import * as service from './commands/service';
import * as reminders from './commands/reminders';
import * as history from './commands/history';
import * as acceptRisk from './commands/accept-risk';
import * as check from './commands/check';
import { exchangeUrlOverrides, overrideNotice } from '../core/exchanges/base-url';
import * as scan from './commands/scan';
import * as importCommand from './commands/import';
import * as backups from './commands/backups';
import * as undo from './commands/undo';

export interface CommandModule {
  register(program: Command, ctx: CliContext): void;
}

const COMMANDS: CommandModule[] = [
  ...[init, add, list, show, get, exec, remove, recover, rekey, passphrase],
  ...[
    audit,
    keygen,
    setApiKey,
    setApiPassphrase,
    rotate,
    auditRun,
    incident,
    service,
    reminders,
    history,
    check,
    acceptRisk,
    scan,
    importCommand,
    undo,
    backups,
  ],
];

export function buildProgram(io: CliIo): { program: Command; ctx: CliContext } {
  const program = new Command('keyward');
  const ctx = new CliContext(io, () => program.opts<{ vault?: string }>().vault);
  program
    .description('Keyward: the local vault for exchange API keys')
    .version('0.1.0')
    .option(
      '--vault <dir>',
      'the vault folder (default: the app data folder, or $KEYWARD_VAULT_DIR)',
    )
    .showHelpAfterError('(keyward --help lists the commands)')
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .enablePositionalOptions()
    .exitOverride();
  for (const command of COMMANDS) command.register(program, ctx);
  return { program, ctx };
}

/** Runs the CLI and returns its exit status (the caller exits with it). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const { program } = buildProgram(io);
  try {
    // KEYWARD_EXCHANGE_URL_<EXCHANGE> redirects exchange checks (tests against a local
    // server): every command says so, so it is never in effect unnoticed.
    // An invalid one fails only the commands that reach an exchange (check, rotate verify).
    let notice: string;
    try {
      notice = overrideNotice(exchangeUrlOverrides(io.env, false));
    } catch (error) {
      notice = `keyward: ${error instanceof Error ? error.message : String(error)}`;
    }
    if (notice !== '') io.stderr.write(`${notice}\n`);
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not errors; every usage error is exit 2.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof ExitRequest) return error.status;
    const message =
      error instanceof KeywardError
        ? error.message
        : `Something went wrong: ${error instanceof Error ? error.message : String(error)}`;
    // Messages name keys by label and may quote what was typed: escaped like every output.
    io.stderr.write(`keyward: ${escapeUnsafeText(message, '\t')}\n`);
    if (io.env.KEYWARD_DEBUG === '1' && error instanceof Error && error.stack) {
      io.stderr.write(`${error.stack}\n`);
    }
    return exitCodeFor(error);
  }
}
