// The writer lock under stress, with real processes, real files and the real keychain (npm
// test provides a Secret Service): 4 lanes each run 25 one-add processes one after another,
// while another process takes the lock and is frozen (SIGSTOP) for 70 s, then resumed, and
// writers are SIGKILLed at random instants. Every process reports entering and leaving the
// lock over IPC and waits for the answer (lock-watch-ipc.ts), so the test sees every moment
// two processes would be inside at once. Slow (the 70 s freeze, then 15 s waits): one test.
//
// The holder is a Node process holding the same OS lock (fcntl on Linux). flock(1) would not
// do here: on Linux flock and fcntl locks do not see each other.
import { fork, type ChildProcess } from 'node:child_process';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChild } from '../test/build-child';
import type { LockReport } from '../test/lock-watch-ipc';
import { tempDir } from '../test/temp-dir';
import { keytarKeychain } from './keychain';
import { lockPath, readVaultVersion } from './vault-file';
import { VaultStore } from './vault-store';

process.env.KEYWARD_KEYCHAIN_SERVICE = `Keyward-test-${process.pid}`;
const keychain = keytarKeychain();
const LANES = 4;
const ADDS_PER_LANE = 25;
/** How long the holder stays frozen. The issue asks for 70 s; override only to experiment. */
const FROZEN_MS = Number(process.env.KEYWARD_LOCK_STRESS_FROZEN_MS ?? 70_000);
const MAX_KILLS = 15;

let addScript: string;
let holderScript: string;
const created: string[] = [];

beforeAll(async () => {
  const dir = path.join(import.meta.dirname, '../test');
  addScript = await buildChild(path.join(dir, 'locked-add-child.ts'));
  holderScript = await buildChild(path.join(dir, 'lock-holder-child.ts'));
});

afterAll(async () => {
  for (const vaultId of created) await keychain.delete(vaultId).catch(() => false);
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Who is inside the lock, as the processes report it; every overlap is recorded. */
class InsideTracker {
  readonly inside = new Set<number>();
  readonly overlaps: string[] = [];
  private readonly gone = new Set<number>();

  serve(child: ChildProcess, name: string): void {
    const pid = child.pid!;
    child.on('error', () => undefined); // an answer to a process that was just killed
    child.on('message', (message: LockReport) => {
      if (message.type !== 'enter' && message.type !== 'leave') return;
      // A report still in the pipe from a process already killed: it is not inside.
      if (this.gone.has(pid)) return;
      if (message.type === 'enter') {
        if (this.inside.size > 0) {
          this.overlaps.push(
            `${name} (${pid}) entered while ${[...this.inside].join(', ')} inside`,
          );
        }
        this.inside.add(pid);
      } else {
        this.inside.delete(pid);
      }
      if (child.connected) child.send({ type: 'ack', id: message.id });
    });
    child.on('exit', () => this.leaveForGood(pid));
  }

  /** Before a SIGKILL: the OS lets go of its lock the moment it dies. */
  leaveForGood(pid: number): void {
    this.gone.add(pid);
    this.inside.delete(pid);
  }
}

interface AddResult {
  label: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

describe('the writer lock under stress', () => {
  it(`${LANES} processes x ${ADDS_PER_LANE} adds, a holder frozen for ${FROZEN_MS / 1000} s, random SIGKILLs: no overlap, no lost add, failures change nothing`, async () => {
    const dir = await tempDir();
    const { store } = await VaultStore.create(dir, { keychain });
    created.push(store.vaultId);
    store.close();

    const tracker = new InsideTracker();
    const running = new Map<number, ChildProcess>();
    const results: AddResult[] = [];
    let kills = 0;

    const runAdd = (label: string, n: number) =>
      new Promise<AddResult>((resolve) => {
        const child = fork(addScript, [dir, label, String(n)], {
          stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
        });
        let stderr = '';
        child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        tracker.serve(child, label);
        running.set(child.pid!, child);
        child.on('exit', (code, signal) => {
          running.delete(child.pid!);
          resolve({ label, code, signal, stderr });
        });
      });

    let lanesDone = false;
    const lanes = Promise.all(
      Array.from({ length: LANES }, async (_, lane) => {
        for (let i = 0; i < ADDS_PER_LANE; i++) {
          results.push(await runAdd(`lane${lane}-add${i}`, lane * 100 + i));
        }
      }),
    ).finally(() => (lanesDone = true));

    const killer = (async () => {
      while (!lanesDone && kills < MAX_KILLS) {
        await sleep(1000 + Math.random() * 4000);
        // Half the time the writer inside the lock (mid-save), else any running writer.
        const insideNow = [...tracker.inside].filter((pid) => running.has(pid));
        const pool = insideNow.length > 0 && Math.random() < 0.5 ? insideNow : [...running.keys()];
        const pid = pool[Math.floor(Math.random() * pool.length)];
        const victim = pid === undefined ? undefined : running.get(pid);
        if (pid === undefined || !victim) continue;
        tracker.leaveForGood(pid);
        victim.kill('SIGKILL');
        kills++;
      }
    })();

    // Let some adds through, then freeze a holder of the lock.
    while (results.filter((r) => r.code === 0).length < LANES && !lanesDone) await sleep(100);
    const holder = fork(holderScript, [lockPath(dir), '120000', '--watch'], {
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    tracker.serve(holder, 'holder');
    const holderExited = new Promise<number | null>((resolve) => holder.on('exit', resolve));
    await new Promise<void>((resolve) =>
      holder.on('message', (message: { type?: string }) => {
        if (message.type === 'held') resolve();
      }),
    );
    holder.kill('SIGSTOP');
    const versionWhileHeld = await readVaultVersion(dir);
    const failedBefore = results.filter((r) => r.code === 1).length;
    await sleep(FROZEN_MS);
    const versionAfterFreeze = await readVaultVersion(dir);
    const failedWhileFrozen = results.filter((r) => r.code === 1).length - failedBefore;
    holder.kill('SIGCONT');
    holder.send({ type: 'release' });
    expect(await holderExited).toBe(0);

    await lanes;
    await killer;

    console.info(
      `lock stress: ${results.filter((r) => r.code === 0).length} adds saved, ${results.filter((r) => r.code === 1).length} failed busy (${failedWhileFrozen} while the holder was frozen), ${results.filter((r) => r.signal === 'SIGKILL').length} killed`,
    );
    expect(tracker.overlaps).toEqual([]);
    // Nothing was saved while the frozen process held the lock.
    expect(versionAfterFreeze).toBe(versionWhileHeld);
    expect(results).toHaveLength(LANES * ADDS_PER_LANE);
    const reopened = await VaultStore.open(dir, { keychain });
    const keys = (await reopened.read()).keys;
    reopened.close();
    const labels = new Set(keys.map((k) => k.label));
    expect(keys).toHaveLength(labels.size);
    const succeeded = results.filter((r) => r.code === 0);
    const failed = results.filter((r) => r.code !== 0 && r.signal === null);
    const killed = results.filter((r) => r.signal === 'SIGKILL');
    // Every add that exited 0 is there.
    expect(succeeded.filter((r) => !labels.has(r.label)).map((r) => r.label)).toEqual([]);
    // Every failure is the busy error (exit 1), says so without advice to delete anything, and
    // changed nothing.
    for (const result of failed) {
      expect(result.code, result.stderr).toBe(1);
      expect(result.stderr).toMatch(/The vault is busy.*nothing was changed/);
      expect(result.stderr).not.toMatch(/delete/i);
      expect(labels.has(result.label), result.label).toBe(false);
    }
    // Killed adds are either saved whole or absent; nothing else is in the vault.
    const attempted = new Set(results.map((r) => r.label));
    expect([...labels].filter((label) => !attempted.has(label))).toEqual([]);
    // The run did what it claims: writers failed busy while the holder was frozen, adds went
    // through before and after, and some writers were killed.
    expect(failedWhileFrozen).toBeGreaterThanOrEqual(LANES);
    expect(succeeded.length).toBeGreaterThanOrEqual(LANES * 5);
    expect(killed.length).toBeGreaterThan(0);
    await expect(stat(lockPath(dir))).resolves.toBeTruthy();
  }, 900_000);
});
