// Failure tests with real processes, real files and the real keychain: writers killed with
// SIGKILL at random instants, and two writers racing. Needs a Secret Service (npm test
// provides one).
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChild } from '../test/build-child';
import { tempDir } from '../test/temp-dir';
import { keytarKeychain } from './keychain';
import { VaultStore } from './vault-store';

process.env.KEYWARD_KEYCHAIN_SERVICE = `Keyward-test-${process.pid}`;
const keychain = keytarKeychain();
let child: string;
const created: string[] = [];

beforeAll(async () => {
  child = await buildChild(path.join(import.meta.dirname, '../test/add-loop-child.ts'));
});

afterAll(async () => {
  for (const vaultId of created) await keychain.delete(vaultId).catch(() => false);
});

async function newVault(): Promise<string> {
  const dir = await tempDir();
  const { store } = await VaultStore.create(dir, { keychain });
  created.push(store.vaultId);
  store.close();
  return dir;
}

interface Running {
  process: ChildProcess;
  acked: string[];
  ready: Promise<void>;
  /** Resolves at the first acknowledged add (or when the process ends). */
  firstAck: Promise<void>;
  exited: Promise<number | null>;
}

function startWriter(dir: string, prefix: string, count = 1_000_000): Running {
  const proc = spawn(process.execPath, [child, dir, prefix, String(count)], {
    env: process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const acked: string[] = [];
  let stderr = '';
  let buffered = '';
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  let markAcked: () => void = () => undefined;
  const firstAck = new Promise<void>((resolve) => (markAcked = resolve));
  proc.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      if (line === 'ready') markReady();
      else if (line.startsWith('added ')) {
        acked.push(line.slice(6));
        markAcked();
      }
    }
  });
  proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    proc.on('exit', (code) => {
      if (code !== 0 && code !== null) console.error(stderr);
      markReady();
      markAcked();
      resolve(code);
    }),
  );
  return { process: proc, acked, ready, firstAck, exited };
}

describe('crashes and concurrent writers', () => {
  it('a writer SIGKILLed at random instants 100 times never breaks the vault or loses an acknowledged add', async () => {
    const dir = await newVault();
    const acknowledged = new Set<string>();
    for (let round = 0; round < 100; round++) {
      const writer = startWriter(dir, `r${round}`);
      await writer.ready;
      // Every other round lets one add through first, so acknowledged adds accumulate however
      // slow the machine is; then the kill lands at a random instant, often mid-save.
      if (round % 2 === 1) await writer.firstAck;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 60));
      writer.process.kill('SIGKILL');
      // null: it died of the signal, not of an error of its own.
      expect(await writer.exited, `round ${round}`).toBeNull();
      // Give the pipe a moment to deliver acknowledgements written before the kill.
      await new Promise((resolve) => setImmediate(resolve));
      for (const label of writer.acked) acknowledged.add(label);
      const store = await VaultStore.open(dir, { keychain });
      const labels = new Set((await store.read()).keys.map((k) => k.label));
      store.close();
      const lost = [...acknowledged].filter((label) => !labels.has(label));
      expect(lost, `round ${round}`).toEqual([]);
    }
    expect(acknowledged.size).toBeGreaterThanOrEqual(50);
  }, 300_000);

  it('two processes adding 50 keys each at the same time end with 100 keys', async () => {
    const dir = await newVault();
    const a = startWriter(dir, 'a', 50);
    const b = startWriter(dir, 'b', 50);
    expect(await Promise.all([a.exited, b.exited])).toEqual([0, 0]);
    const store = await VaultStore.open(dir, { keychain });
    const labels = (await store.read()).keys.map((k) => k.label);
    store.close();
    expect(labels).toHaveLength(100);
    expect(new Set(labels).size).toBe(100);
    expect([...a.acked, ...b.acked].sort()).toEqual([...labels].sort());
  }, 120_000);
});
