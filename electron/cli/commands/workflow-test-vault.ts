// Test support for the workflow commands' end-to-end tests: a fresh vault in a temp folder,
// opened by the built CLI with a keychain service name of the test's own.
import { afterAll, beforeAll, expect } from 'vitest';
import { tempDir } from '../../core/test/temp-dir';
import { keytarKeychain } from '../../core/vault/keychain';
import { VaultStore } from '../../core/vault/vault-store';
import { buildCli, makeRunner, type CliResult } from '../test/run-cli';
import { snapshot } from '../test/vault-snapshot';

export function useCliVaults(name: string) {
  const service = `Keyward-test-${name}-${process.pid}`;
  const keychain = keytarKeychain(service);
  const vaultIds: string[] = [];
  beforeAll(buildCli, 60_000);
  afterAll(async () => {
    for (const id of vaultIds) await keychain.delete(id).catch(() => false);
  });

  return async function freshVault(initArgs: string[] = [], input = '') {
    const dir = await tempDir();
    const run = makeRunner(dir, service);
    const init = await run(['init', ...initArgs], { input });
    expect(init.status, init.stderr).toBe(0);
    vaultIds.push((await VaultStore.describe(dir)).vaultId!);
    /** Runs a command that must fail with `status` and leave every file as it was. */
    const refused = async (args: string[], status: number, message: RegExp, input = '') => {
      const before = await snapshot(dir);
      const result = await run(args, { input });
      expect(result.status, `${args.join(' ')}: ${result.stderr}`).toBe(status);
      expect(result.stderr).toMatch(message);
      expect(await snapshot(dir)).toEqual(before);
      return result;
    };
    return { dir, run, refused, keychain, service };
  };
}

export function ok(result: CliResult): CliResult {
  expect(result.status, result.stderr).toBe(0);
  return result;
}

export const API_KEY = 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A';
export const SECRET = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j';
export const NEW_API_KEY = 'Zq9rT2bLmW8xK4nV7cJ1pF6hD3sG5aY0eU2iO8uR4tE6wQ1zX7vB9nM3kL5jH2gF';
export const NEW_SECRET = 'pL3kJ9hG7fD5sA1qW8eR6tY4uI2oP0zX9cV7bN5mQ3wE1rT8yU6iO4pA2sD0fG7h';

export function addArgs(label: string, extra: string[] = []): string[] {
  return ['add', '--label', label, '--provider', 'binance', '--api-key', API_KEY, ...extra];
}
