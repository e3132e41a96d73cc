// `keyward get` and `keyward exec` are the commands bots call most. Their plain cases are
// served here (exec's in quick-exec.ts) without loading libsodium, zod or commander (see
// core/vault/quick-read.ts); bin/keyward.cjs runs the full CLI, with the same arguments,
// whenever this answers false: another command, another option spelling, a passphrase vault,
// a missing key, any error. The full CLI then gives the exact output, message and exit status
// of the contract.
import { writeSync } from 'node:fs';
import path from 'node:path';
import { defaultVaultDir } from '../core/vault/default-dir';
import { type KeychainPort, keychainServiceName, keytarKeychain } from '../core/vault/keychain';
import { quickReadValue } from '../core/vault/quick-read';
import { readSecretServicePassword } from '../core/vault/secret-service-read';
import { quickCommand } from './quick-args';

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
  const parsed = quickCommand(args);
  if (parsed?.command !== 'get') return null;
  const { vault, rest } = parsed;
  let ref: string | undefined;
  let field: QuickGet['field'] = 'secret';
  let newline = true;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--field') {
      const value = rest[++i];
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

/**
 * `keyward`'s quick paths, tried before the full CLI loads: `get` here, `exec` in
 * quick-exec.ts (loaded only for exec: it needs child_process). True when the command was
 * served (exec's status is then process.exitCode); false: run the full CLI.
 */
export async function tryQuick(
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<boolean> {
  if (quickCommand(args)?.command !== 'exec') return tryQuickGet(args, env);
  const { tryQuickExec } = await import('./quick-exec');
  const status = await tryQuickExec(args, quickKeychain(env), env);
  if (status === null) return false;
  process.exitCode = status;
  return true;
}

/** True when it printed the value; false when the full CLI must run. */
export async function tryQuickGet(
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  write: (text: string) => void = writeStdout,
): Promise<boolean> {
  const request = parseQuickGet(args);
  if (!request) return false;
  const dir = request.vault ? path.resolve(request.vault) : defaultVaultDir(env);
  const value = await quickReadValue(dir, request.ref, request.field, quickKeychain(env));
  if (value === null) return false;
  // Invariant: as in the full `get`, the value goes to stdout only.
  write(request.newline ? `${value}\n` : value);
  return true;
}

/**
 * Writes to file descriptor 1 with write(2). process.stdout would first load Node's stream
 * machinery (about 3 ms) for one line; a descriptor left non-blocking by the caller (EAGAIN)
 * gets the rest through process.stdout, which waits for it.
 */
export function writeStdout(
  text: string,
  io: { write(bytes: Buffer, offset: number): number; rest(bytes: Buffer): void } = {
    write: (bytes, offset) => writeSync(1, bytes, offset),
    rest: (bytes) => void process.stdout.write(bytes),
  },
): void {
  const bytes = Buffer.from(text, 'utf8');
  let written = 0;
  try {
    while (written < bytes.length) written += io.write(bytes, written);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    io.rest(Buffer.from(bytes.subarray(written)));
  } finally {
    bytes.fill(0); // our copy of the value; the string itself cannot be wiped (docs/security.md)
  }
}

/**
 * On Linux the vault key is read over D-Bus directly (secret-service-read.ts), which skips
 * libsecret's start-up; whenever that answers null (not found, locked, no bus, anything
 * odd), keytar is asked as before, so only the time changes, never the answer.
 */
export function quickKeychain(
  env: NodeJS.ProcessEnv,
  service: string = keychainServiceName(),
): Pick<KeychainPort, 'get'> {
  const keytar = keytarKeychain(service);
  if (process.platform !== 'linux') return keytar;
  return {
    get: async (account) =>
      (await readSecretServicePassword(service, account, env)) ?? keytar.get(account),
  };
}
