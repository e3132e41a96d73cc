// `keyward exec`'s plain case, served like `get`'s (quick-get.ts): the vault read with Node's
// own crypto and, on Linux, the keychain over D-Bus, without libsodium, zod or commander.
// Only `[--vault DIR] exec <ref> [--prefix NAME] -- <command> [args...]` with the default
// variables (shared/domain/exec-env.ts, as the full command and the app's "Copy as .env");
// --env, --preset, --passphrase-stdin, any other spelling, a passphrase vault, a missing key
// or value: null, and the full CLI runs with the same arguments and gives the exact error.
// Invariants:
// - The values go only into the child's environment, never onto a command line.
// - Once the command has started, this never answers null (the full CLI would run it a second
//   time): run-child.ts rejects only when it never started.
import path from 'node:path';
import { EXEC_PREFIX, execVariables } from '../../shared/domain/exec-env';
import { escapeUnsafeText } from '../../shared/domain/text-safety';
import { findKeyOrNull } from '../core/keys/find-key';
import { defaultVaultDir } from '../core/vault/default-dir';
import { quickReadData } from '../core/vault/quick-read';
import type { KeychainPort } from '../core/vault/keychain';
import { quickCommand } from './quick-args';
import { COMMAND_NOT_FOUND, runChild } from './run-child';

export interface QuickExec {
  vault: string | undefined;
  ref: string;
  prefix: string | undefined;
  command: [string, ...string[]];
}

/** `[--vault DIR] exec <ref> [--prefix NAME] -- <command> [args...]`, strictly; else null. */
export function parseQuickExec(args: readonly string[]): QuickExec | null {
  const parsed = quickCommand(args);
  if (parsed?.command !== 'exec') return null;
  const { vault, rest: after } = parsed;
  const ref = after[0];
  if (ref === undefined || ref.startsWith('-')) return null;
  let i = 1;
  let prefix: string | undefined;
  if (after[i] === '--prefix') {
    prefix = after[i + 1];
    if (prefix === undefined || !EXEC_PREFIX.test(prefix)) return null;
    i += 2;
  }
  if (after[i] !== '--') return null;
  const [program, ...rest] = after.slice(i + 1);
  if (program === undefined || program === '') return null;
  return { vault, ref, prefix, command: [program, ...rest] };
}

/**
 * The command's exit status once it ran (or 127 when it was not found), or null when the full
 * CLI must run: not this form, or not the plain case.
 */
export async function tryQuickExec(
  args: readonly string[],
  keychain: Pick<KeychainPort, 'get'>,
  env: NodeJS.ProcessEnv = process.env,
  // As the full CLI's ctx.note: control and bidi characters printed as \uXXXX.
  note: (line: string) => void = (line) =>
    void process.stderr.write(`${escapeUnsafeText(line, '\t')}\n`),
): Promise<number | null> {
  const request = parseQuickExec(args);
  if (!request) return null;
  const dir = request.vault ? path.resolve(request.vault) : defaultVaultDir(env);
  const data = await quickReadData(dir, keychain);
  const key = data && findKeyOrNull(data, request.ref);
  if (!key || typeof key.provider !== 'string') return null;
  const hasPassphrase = typeof key.passphrase === 'string' && key.passphrase !== '';
  const childEnv: NodeJS.ProcessEnv = { ...env };
  for (const [name, field] of execVariables(key.provider, hasPassphrase, request.prefix)) {
    const value = key[field];
    // An empty value (a self-generated key without its API key yet): the full CLI says so.
    if (typeof value !== 'string' || value === '') return null;
    childEnv[name] = value;
  }
  const [program, ...programArgs] = request.command;
  let status: number;
  try {
    status = await runChild(program, programArgs, childEnv);
  } catch {
    return null; // it never started: the full CLI reports why
  }
  if (status === COMMAND_NOT_FOUND) note(`keyward: the command "${program}" was not found.`);
  return status;
}
