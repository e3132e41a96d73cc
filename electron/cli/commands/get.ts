import type { Command } from 'commander';
import { KeywardError } from '../../core/errors';
import { KeyService, SECRET_FIELDS, type SecretField } from '../../core/keys/key-service';
import type { CliContext } from '../context';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('get')
    .description('print one value of a key on stdout (default: its secret)')
    .argument('<label|id>', 'the key')
    .option('--field <field>', 'secret, apiKey or passphrase (the API passphrase)', 'secret')
    .option('-n, --no-newline', 'do not print a line break after the value')
    .option('--passphrase-stdin', "read the vault's passphrase from stdin")
    .action(
      async (
        ref: string,
        options: { field: string; newline: boolean; passphraseStdin?: boolean },
      ) => {
        if (!isSecretField(options.field)) {
          throw new KeywardError(
            'invalid-input',
            `--field is ${SECRET_FIELDS.join(', ')}, not "${options.field}".`,
          );
        }
        const store = await ctx.openStore(options);
        try {
          const value = await new KeyService(store).secretOf(ref, options.field);
          // Invariant: this is the only place the CLI writes a secret, and only to stdout.
          ctx.io.stdout.write(options.newline ? `${value}\n` : value);
        } finally {
          store.close();
        }
      },
    );
}

export function isSecretField(value: string): value is SecretField {
  return (SECRET_FIELDS as readonly string[]).includes(value);
}
