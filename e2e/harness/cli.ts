// Runs the real `keyward` CLI (out/cli/keyward.cjs) on the harness's vault and keychain
// service, as a user's script would beside the open app. Secrets go through stdin only.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

export function runCli(
  vaultDir: string,
  keychainService: string,
  args: string[],
  stdin = '',
): CliResult {
  const result = spawnSync(process.execPath, [path.resolve('out/cli/keyward.cjs'), ...args], {
    input: stdin,
    encoding: 'utf8',
    env: { ...process.env, KEYWARD_VAULT_DIR: vaultDir, KEYWARD_KEYCHAIN_SERVICE: keychainService },
    timeout: 30_000,
  });
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}
