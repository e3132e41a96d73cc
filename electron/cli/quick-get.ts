// `keyward get` is the command bots call most. Its plain case is served here without loading
// libsodium, zod or commander (see core/vault/quick-read.ts); bin/keyward.cjs runs the full
// CLI, with the same arguments, whenever this answers false: another command, another option
// spelling, a passphrase vault, a missing key, any error. The full CLI then gives the exact
// output, message and exit status of the contract.
import path from 'node:path';
import { defaultVaultDir } from '../core/vault/default-dir';
import { keytarKeychain } from '../core/vault/keychain';
import { quickReadValue } from '../core/vault/quick-read';

export interface QuickGet {
  vault: string | undefined;
  ref: string;
  field: 'secret' | 'apiKey' | 'passphrase';
  newline: boolean;
}

/**
 * `[--vault DIR] get <ref> [--field secret|apiKey|passphrase] [-n|--no-newline]`, strictly;
 * else null.
 */
export function parseQuickGet(args: readonly string[]): QuickGet | null {
  let i = 0;
  let vault: string | undefined;
  if (args[0] === '--vault') {
    vault = args[1];
    if (vault === undefined || vault.startsWith('-')) return null;
    i = 2;
  }
  if (args[i] !== 'get') return null;
  let ref: string | undefined;
  let field: QuickGet['field'] = 'secret';
  let newline = true;
  for (i += 1; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--field') {
      const value = args[++i];
      if (value !== 'secret' && value !== 'apiKey' && value !== 'passphrase') return null;
      field = value;
    } else if (arg === '--no-newline' || arg === '-n') {
      newline = false;
    } else if (arg.startsWith('-') || ref !== undefined) {
      return null;
    } else {
      ref = arg;
    }
  }
  return ref === undefined ? null : { vault, ref, field, newline };
}

/** True when it printed the value; false when the full CLI must run. */
export async function tryQuickGet(
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  stdout: NodeJS.WritableStream = process.stdout,
): Promise<boolean> {
  const request = parseQuickGet(args);
  if (!request) return false;
  const dir = request.vault ? path.resolve(request.vault) : defaultVaultDir(env);
  const value = await quickReadValue(dir, request.ref, request.field, keytarKeychain());
  if (value === null) return false;
  // Invariant: as in the full `get`, the value goes to stdout only.
  stdout.write(request.newline ? `${value}\n` : value);
  return true;
}
