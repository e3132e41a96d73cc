// Reading a key's material for `add` and `rotate <key> new`. Piped stdin holds, in this order:
// [the vault passphrase, with --passphrase-stdin: read by openStore] [the API key, with
// --api-key-stdin] the secret [the API passphrase]. The API passphrase line exists only for
// OKX, and for `other` with --with-passphrase; then the secret is exactly one line. Otherwise
// the secret is the rest of stdin (PEM keys are several lines). On a terminal each is asked
// with a hidden prompt.
// Invariant: the secret and the API passphrase come only from stdin or a hidden prompt, never
// argv, and no message quotes them.
import { CREDENTIALS, OKX_PASSPHRASE_SENTENCE } from '../../shared/domain/credentials';
import type { Provider } from '../../shared/domain/exchange';
import { KeywardError } from '../core/errors';
import type { CliContext } from './context';

export interface MaterialOptions {
  apiKey?: string;
  apiKeyStdin?: boolean;
  withPassphrase?: boolean;
}

export interface KeyMaterial {
  apiKey: string;
  secret: string;
  /** Present only when the exchange issues one (or `other` --with-passphrase). */
  passphrase?: string;
}

/** Whether stdin carries an API passphrase line; refuses --with-passphrase where none exists. */
export function wantsPassphrase(provider: Provider, options: MaterialOptions): boolean {
  const rule = CREDENTIALS[provider]?.passphrase;
  if (rule === 'required') return true;
  if (options.withPassphrase && rule !== 'optional') {
    throw new KeywardError(
      'invalid-input',
      `${provider} keys have no API passphrase: drop --with-passphrase (it is for keys of provider "other" that have one; OKX always asks for it).`,
    );
  }
  return options.withPassphrase === true;
}

/** --api-key and --api-key-stdin: exactly one. Checked before anything is read. */
export function checkApiKeyOptions(options: MaterialOptions, command: string): void {
  if (options.apiKey !== undefined && options.apiKeyStdin) {
    throw new KeywardError(
      'invalid-input',
      `${command}: give the API key either with --api-key or on stdin with --api-key-stdin, not both.`,
    );
  }
  if (options.apiKey === undefined && !options.apiKeyStdin) {
    throw new KeywardError(
      'invalid-input',
      `${command} needs the API key: --api-key-stdin (the line before the secret on stdin; keeps it out of ps and shell history) or --api-key.`,
    );
  }
}

export async function readKeyMaterial(
  ctx: CliContext,
  provider: Provider,
  options: MaterialOptions,
  what: 'the' | 'the new',
): Promise<KeyMaterial> {
  const passphraseLine = wantsPassphrase(provider, options);
  const Cap = what === 'the' ? 'The' : 'The new';
  const interactive = ctx.stdin.interactive;
  let apiKey = options.apiKey ?? '';
  if (options.apiKeyStdin) {
    apiKey = (
      interactive ? await ctx.stdin.hidden(`${Cap} API key: `) : await ctx.stdin.line()
    ).trim();
    if (apiKey === '') {
      throw new KeywardError(
        'invalid-input',
        `--api-key-stdin was given but ${what} API key line on stdin is empty (it comes after the vault passphrase line, before the secret).`,
      );
    }
  }
  let secret: string;
  let passphrase: string | undefined;
  if (interactive) {
    secret = await ctx.stdin.hidden(`${Cap} secret key (hidden): `);
    if (passphraseLine) passphrase = await ctx.stdin.hidden(`${Cap} API passphrase (hidden): `);
  } else if (passphraseLine) {
    secret = await ctx.stdin.line();
    passphrase = await ctx.stdin.line();
    if ((await ctx.stdin.rest()).trim() !== '') {
      throw new KeywardError(
        'invalid-input',
        `stdin holds more lines than expected: with an API passphrase, the secret is one line and the passphrase the next (order: [vault passphrase] [API key] secret API-passphrase).`,
      );
    }
  } else {
    secret = await ctx.stdin.rest();
  }
  if (secret.trim() === '') {
    throw new KeywardError(
      'invalid-input',
      'No secret was given: pipe it on stdin (e.g. from your password manager) or type it at the prompt.',
    );
  }
  if (passphraseLine && (passphrase ?? '') === '') {
    throw new KeywardError(
      'invalid-input',
      CREDENTIALS[provider].passphrase === 'required'
        ? `No API passphrase was given (the line after the secret on stdin). ${OKX_PASSPHRASE_SENTENCE}`
        : 'No API passphrase was given (the line after the secret on stdin); drop --with-passphrase if the key has none.',
    );
  }
  return { apiKey, secret, ...(passphrase !== undefined && { passphrase }) };
}
