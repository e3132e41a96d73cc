// `keyward exec <key> -- cmd args`: runs cmd with the key in its environment.
// Invariant: the secret goes only into the child's environment, never onto any command line
// (ours or the child's), so `ps` and shell history never show it.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import type { Command } from 'commander';
import { KeywardError } from '../../core/errors';
import { KeyService } from '../../core/keys/key-service';
import type { CliContext } from '../context';
import { ExitRequest } from '../exit-request';

const PREFIX = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** As in a shell. */
const COMMAND_NOT_FOUND = 127;

export function register(program: Command, ctx: CliContext): void {
  program
    .command('exec')
    .description('run a command with NAME_API_KEY and NAME_API_SECRET in its environment')
    .argument('<label|id>', 'the key')
    .argument('<command...>', 'the command and its arguments, after --')
    .option(
      '--prefix <NAME>',
      'the variable prefix (default: the provider in capitals, e.g. BINANCE)',
    )
    .option('--passphrase-stdin', "read the vault's passphrase from stdin's first line")
    .action(
      async (
        ref: string,
        command: string[],
        options: { prefix?: string; passphraseStdin?: boolean },
      ) => {
        if (options.prefix !== undefined && !PREFIX.test(options.prefix)) {
          throw new KeywardError(
            'invalid-input',
            `--prefix must be a variable name (letters, digits, underscores), not "${options.prefix}".`,
          );
        }
        const [program, ...args] = command;
        if (!program) throw new KeywardError('invalid-input', 'Give the command to run after --.');
        const store = await ctx.openStore(options);
        let env: NodeJS.ProcessEnv;
        try {
          const keys = new KeyService(store);
          const key = await keys.find(ref);
          const prefix = (options.prefix ?? key.provider).toUpperCase();
          env = {
            ...ctx.io.env,
            [`${prefix}_API_KEY`]: await keys.secretOf(key.id, 'apiKey'),
            [`${prefix}_API_SECRET`]: await keys.secretOf(key.id, 'secret'),
          };
        } finally {
          store.close();
        }
        const status = await runChild(program, args, env);
        if (status === COMMAND_NOT_FOUND)
          ctx.note(`keyward: the command "${program}" was not found.`);
        throw new ExitRequest(status);
      },
    );
}

function runChild(program: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { env, stdio: 'inherit' });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    for (const signal of signals) process.on(signal, forward);
    const cleanup = () => {
      for (const signal of signals) process.off(signal, forward);
    };
    child.on('error', (error: NodeJS.ErrnoException) => {
      cleanup();
      if (error.code === 'ENOENT') resolve(COMMAND_NOT_FOUND);
      else reject(error);
    });
    child.on('exit', (code, signal) => {
      cleanup();
      // Like a shell: a child killed by a signal ends with 128 + the signal's number.
      resolve(code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0));
    });
  });
}
