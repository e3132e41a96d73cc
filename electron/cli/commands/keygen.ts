// `keyward keygen --label L --provider P [add options]`: creates an Ed25519 entry whose
// private key stays in the vault, and prints the public key PEM to paste into the exchange's
// "self-generated" form. The exchange then gives an API key: `keyward set-api-key`.
import type { Command } from 'commander';
import { describeIssues, newKeyInputSchema } from '../../../shared/domain/key-input';
import { KeywardError } from '../../core/errors';
import { WorkflowService } from '../../core/workflows/workflow-service';
import type { CliContext } from '../context';
import type { KeyOptions } from './add';
import { keyInputFromOptions, keyOptions } from './add';
import { withVault } from './workflow-output';

const PLACEHOLDER_PEM = '-----BEGIN PUBLIC KEY-----\nplaceholder\n-----END PUBLIC KEY-----\n';

export function register(program: Command, ctx: CliContext): void {
  keyOptions(program.command('keygen'))
    .description(
      'create a self-generated Ed25519 key; prints its public key (PEM) for the exchange',
    )
    .action(async (options: KeyOptions) => {
      const input = keyInputFromOptions(options);
      // Refuse bad options before generating anything.
      const check = newKeyInputSchema.safeParse({
        ...input,
        keyType: 'ed25519',
        apiKey: '',
        secret: 'x',
        publicKeyPem: PLACEHOLDER_PEM,
      });
      if (!check.success) {
        throw new KeywardError(
          'invalid-input',
          `The key was not created: ${describeIssues(check.error)}.`,
        );
      }
      const reply = await withVault(ctx, options, (store) =>
        new WorkflowService(store).generateKey(input),
      );
      ctx.outGenerated(reply.publicKeyPem);
      ctx.note(
        `Created "${reply.key.label}" (${reply.key.id}). Paste the public key above into the exchange's "self-generated" API key form, then record the API key it gives: keyward set-api-key "${reply.key.label}" (API key on stdin).`,
      );
    });
}
