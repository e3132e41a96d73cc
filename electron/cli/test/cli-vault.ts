// A fresh vault for a CLI test file: the built CLI against a temporary folder and a keychain
// service of the test's own, whose entries are deleted after the file.
import { afterAll, beforeAll, expect } from 'vitest';
import { keytarKeychain } from '../../core/vault/keychain';
import { VaultStore } from '../../core/vault/vault-store';
import { tempDir } from '../../core/test/temp-dir';
import { buildCli, makeRunner, type CliResult } from './run-cli';

export function cliVaults(name: string) {
  const service = `Keyward-test-${name}-${process.pid}`;
  const keychain = keytarKeychain(service);
  const vaultIds: string[] = [];
  beforeAll(buildCli, 60_000);
  afterAll(async () => {
    for (const id of vaultIds) await keychain.delete(id).catch(() => false);
  });
  return async function freshVault() {
    const dir = await tempDir();
    const run = makeRunner(dir, service);
    const init = await run(['init']);
    expect(init.status, init.stderr).toBe(0);
    const info = await VaultStore.describe(dir);
    vaultIds.push(info.vaultId!);
    return { dir, run, service };
  };
}

export function expectOk(result: CliResult): CliResult {
  expect(result.status, result.stderr).toBe(0);
  return result;
}

/** `keyward add` of a Binance key (the secret goes on stdin). */
export function binanceAddArgs(
  label: string,
  apiKey: string,
  useCase = 'spot-bot',
  extra: string[] = [],
): string[] {
  return [
    'add',
    '--label',
    label,
    '--provider',
    'binance',
    '--api-key',
    apiKey,
    '--use-case',
    useCase,
    ...extra,
  ];
}

/** A command for `exec` that prints the variables it was given whose names match. */
export function printEnv(pattern: string): string[] {
  return [
    process.execPath,
    '-e',
    `const re=new RegExp(${JSON.stringify(pattern)});process.stdout.write(JSON.stringify(Object.fromEntries(Object.entries(process.env).filter(([k])=>re.test(k)))))`,
  ];
}
