// `keyward rotate <label|id> start | new [--api-key K | --api-key-stdin] [--with-passphrase]
// [--generate] | step <name> | verify | finish | abandon`
// DOMAIN.md's four rotation steps. `new` records the new key (its secret from stdin, never
// argv), or with --generate makes a new Ed25519 pair and prints its public key.
import type { Command } from 'commander';
import { ROTATION_STEPS } from '../../../shared/domain/key-record';
import { parseRotationStep } from '../../../shared/workflows/rotation-steps';
import { KeywardError } from '../../core/errors';
import { WorkflowService } from '../../core/workflows/workflow-service';
import { KeyCheckService } from '../../core/exchanges/key-checks';
import { KeyService } from '../../core/keys/key-service';
import type { VaultStore } from '../../core/vault/vault-store';
import type { CliContext } from '../context';
import { checkApiKeyOptions, readKeyMaterial, type MaterialOptions } from '../credential-input';
import { ExitRequest } from '../exit-request';
import { cliChecker } from './check';
import { rotationChecklist, withVault } from './workflow-output';

const ACTIONS = ['start', 'new', 'step', 'verify', 'finish', 'abandon', 'status'] as const;

interface RotateOptions extends MaterialOptions {
  generate?: boolean;
  passphraseStdin?: boolean;
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('rotate')
    .description('rotate a key: start | new | step <name> | verify | finish | abandon | status')
    .argument('<label|id>', 'the key')
    .argument('<action>', ACTIONS.join(' | '))
    .argument('[step]', `for "step": ${ROTATION_STEPS.slice(1, 3).join(' | ')} (or 2, 3)`)
    .option('--api-key <key>', 'new: the new API key (its secret comes from stdin)')
    .option('--api-key-stdin', 'new: read the new API key from stdin, the line before the secret')
    .option(
      '--with-passphrase',
      'new, provider other: the new key has an API passphrase (stdin line after the secret)',
    )
    .option('--generate', 'new: generate a new Ed25519 pair and print its public key')
    .option('--passphrase-stdin', "read the vault's passphrase from stdin's first line")
    .action(
      async (ref: string, action: string, step: string | undefined, options: RotateOptions) => {
        if (!(ACTIONS as readonly string[]).includes(action)) {
          throw new KeywardError(
            'invalid-input',
            `Unknown rotate action "${action}": use ${ACTIONS.join(', ')}.`,
          );
        }
        if (action === 'step' && (step === undefined || parseRotationStep(step) === undefined)) {
          throw new KeywardError(
            'invalid-input',
            `rotate step needs one of ${ROTATION_STEPS.slice(1).join(', ')}${step ? `, not "${step}"` : ''}.`,
          );
        }
        if (
          action === 'new' &&
          options.generate &&
          (options.apiKey !== undefined || options.apiKeyStdin)
        ) {
          throw new KeywardError(
            'invalid-input',
            '--generate makes a key pair; the exchange gives its API key afterwards (keyward set-api-key).',
          );
        }
        if (action === 'verify') {
          // New key accepted and old key rejected, asked from this machine; exit 1 otherwise.
          const checker = cliChecker(ctx);
          const result = await withVault(ctx, options, (store) =>
            new KeyCheckService(store, checker).verifyRotation(ref),
          );
          ctx.out(result.message);
          if (!result.verified) throw new ExitRequest(1);
          return;
        }
        if (action === 'new' && !options.generate) checkApiKeyOptions(options, 'rotate new');
        const detail = await withVault(ctx, options, async (store) => {
          const flows = new WorkflowService(store);
          switch (action) {
            case 'start':
              return flows.startRotation(ref);
            case 'new':
              if (options.generate) return flows.generateRotationKey(ref);
              return flows.recordRotationKey(ref, await newMaterial(ctx, store, ref, options));
            case 'step':
              return flows.rotationStep(ref, parseRotationStep(step!)!);
            case 'finish':
              return flows.finishRotation(ref);
            case 'abandon': {
              const { key, keptNewKey } = await flows.abandonRotation(ref);
              if (keptNewKey) {
                ctx.note(
                  `The new key ${keptNewKey.fingerprint} exists at the exchange, so it is kept as "${keptNewKey.label}": use it or delete it there and here.`,
                );
              }
              return key;
            }
            default:
              return flows.keyDetail(ref);
          }
        });
        if (action === 'new' && options.generate && detail.rotation?.newPublicKeyPem) {
          ctx.outGenerated(detail.rotation.newPublicKeyPem);
          ctx.note(
            `Paste this public key into the exchange's "self-generated" form, then: keyward set-api-key "${detail.label}" (API key on stdin).`,
          );
          return;
        }
        for (const line of rotationChecklist(detail)) ctx.out(line);
        if (action === 'finish')
          ctx.note(`"${detail.label}" now holds the new key ${detail.fingerprint}.`);
      },
    );
}

/**
 * The new key's material: its API key from --api-key or stdin, its secret and (OKX; other with
 * --with-passphrase) its API passphrase from stdin, never from argv.
 */
async function newMaterial(
  ctx: CliContext,
  store: VaultStore,
  ref: string,
  options: RotateOptions,
) {
  const key = await new KeyService(store).find(ref);
  const material = await readKeyMaterial(ctx, key.provider, options, 'the new');
  if (material.apiKey.trim() === '') {
    throw new KeywardError(
      'invalid-input',
      'rotate new needs the new API key (--api-key-stdin or --api-key; its secret on stdin), or --generate.',
    );
  }
  return material;
}
