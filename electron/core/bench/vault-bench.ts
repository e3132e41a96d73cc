// `npm run bench`, vault part: prints open/save times at 10, 1,000 and 10,000 keys through
// the real keychain, passphrase unlock, and the wall time of `keyward get` / `keyward exec`
// beside `node -e 0` and `secret-tool lookup` measured in the same run. Prints figures only;
// targets are in the issue (open/save with 1,000 keys < 50 ms; get within 100 ms of node).
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { KeyService } from '../keys/key-service';
import { sampleKey } from '../test/sample-keys';
import { keychainServiceName, keytarKeychain } from '../vault/keychain';
import { VaultStore } from '../vault/vault-store';
import { newKeyInputSchema } from '../../../shared/domain/key-input';
import type { KeyRecord } from '../../../shared/domain/key-record';

const keychain = keytarKeychain();
const ms = (value: number) => `${value.toFixed(1)} ms`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function time(fn: () => Promise<unknown>, runs: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

function record(i: number): KeyRecord {
  const input = newKeyInputSchema.parse(sampleKey(i));
  const at = new Date().toISOString();
  return {
    id: `bench-${i}`,
    label: input.label,
    provider: input.provider,
    account: '',
    useCase: input.useCase,
    keyType: input.keyType,
    apiKey: input.apiKey,
    secret: input.secret,
    host: input.host,
    environment: input.environment,
    permissions: { read: true, spotMargin: true, futures: false, withdrawals: false },
    extras: [],
    ipWhitelist: input.ipWhitelist,
    serviceId: null,
    createdAt: at,
    lastRotatedAt: at,
    rotationIntervalDays: 90,
    lastAuditedAt: null,
    notes: '',
    status: 'active',
    history: [{ at, type: 'created' }],
    rotation: null,
    incident: null,
  };
}

function wall(command: string, args: string[], env: NodeJS.ProcessEnv, runs = 10): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    if (result.status !== 0)
      throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr.toString()}`);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

async function main(): Promise<void> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'keyward-bench-'));
  const cleanup: string[] = [];
  try {
    console.log(`Vault (keychain service "${keychainServiceName()}", median of runs)`);
    console.log('keys     open        save (one edit)   file size');
    let lastDir = '';
    for (const count of [10, 1_000, 10_000]) {
      const dir = path.join(root, `v${count}`);
      const { store } = await VaultStore.create(dir, { keychain });
      cleanup.push(store.vaultId);
      await store.update((data) => {
        data.keys = Array.from({ length: count }, (_, i) => record(i));
      });
      const open = await time(async () => {
        const opened = await VaultStore.open(dir, { keychain });
        await opened.read();
        opened.close();
      }, 7);
      const save = await time(
        () => store.update((data) => void (data.keys[0]!.notes = String(Math.random()))),
        7,
      );
      const size = statSync(path.join(dir, 'vault.keyward')).size;
      console.log(
        `${String(count).padEnd(8)} ${ms(open).padEnd(11)} ${ms(save).padEnd(17)} ${(size / 1024).toFixed(0)} KiB`,
      );
      store.close();
      if (count === 10) lastDir = dir;
    }

    const ppDir = path.join(root, 'passphrase');
    await VaultStore.create(ppDir, { keychain, passphrase: 'benchmark passphrase' });
    const unlock = await time(async () => {
      (await VaultStore.open(ppDir, { keychain, passphrase: 'benchmark passphrase' })).close();
    }, 3);
    console.log(`passphrase unlock (Argon2id MODERATE): ${ms(unlock)}`);

    const store = await VaultStore.open(lastDir, { keychain });
    const vaultId = store.vaultId;
    await new KeyService(store).add(sampleKey(999_999, { label: 'bench-get' }));
    store.close();
    const bin = path.resolve('bin/keyward.cjs');
    const env = { ...process.env, KEYWARD_VAULT_DIR: lastDir };
    const node = wall(process.execPath, ['-e', '0'], env);
    const get = wall(process.execPath, [bin, 'get', 'bench-get'], env);
    const exec = wall(process.execPath, [bin, 'exec', 'bench-get', '--', 'true'], env);
    console.log('\nCommand wall time (median of 10)');
    console.log(`node -e 0                 ${ms(node)}`);
    console.log(`keyward get               ${ms(get)}   (${ms(get - node)} over node)`);
    console.log(`keyward exec -- true      ${ms(exec)}   (${ms(exec - node)} over node)`);
    const secretTool = spawnSync('secret-tool', ['--version']);
    if (secretTool.error) {
      console.log('secret-tool lookup        (secret-tool not installed)');
    } else {
      const raw = wall(
        'secret-tool',
        ['lookup', 'service', keychainServiceName(), 'account', vaultId],
        env,
      );
      console.log(`secret-tool lookup        ${ms(raw)}   (the raw keychain read)`);
    }
  } finally {
    for (const id of cleanup) await keychain.delete(id).catch(() => false);
    await rm(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
