// `keyward set-api-key <label|id>`: the API key the exchange gave for a self-generated key
// (a keygen entry, or the new pair of an Ed25519 rotation), read from stdin.
import type { Command } from 'commander';
import { KeywardError } from '../../core/errors';
import { WorkflowService } from '../../core/workflows/workflow-service';
import type { CliContext } from '../context';
import { withVault } from './workflow-output';

export async function readApiKey(ctx: CliContext): Promise<string> {
  const value = ctx.stdin.interactive
    ? await ctx.stdin.hidden('API key: ')
    : await ctx.stdin.rest();
  const apiKey = value.trim();
  if (apiKey === '') {
    throw new KeywardError(
      'invalid-input',
      'No API key was given: pipe it on stdin or type it at the prompt.',
    );
  }
  return apiKey;
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('set-api-key')
    .description('record the API key the exchange gave for a self-generated key (from stdin)')
    .argument('<label|id>', 'the key')
    .option('--passphrase-stdin', "read the vault's passphrase from stdin's first line")
    .action(async (ref: string, options: { passphraseStdin?: boolean }) => {
      const key = await withVault(ctx, options, async (store) => {
        const apiKey = await readApiKey(ctx);
        return new WorkflowService(store).setApiKey(ref, apiKey);
      });
      ctx.note(
        key.status === 'rotating'
          ? `Recorded the API key of the new key for "${key.label}"; continue the rotation (keyward rotate "${key.label}" step service-updated).`
          : `Recorded the API key ${key.fingerprint} for "${key.label}".`,
      );
    });
}
