// A child process that takes a vault's writer lock and holds it until its parent sends
// 'release' (IPC); it sends 'held' once it holds the lock, then exits 0 after letting go.
// argv: lockFile [waitMs] [--watch] (--watch: report entering and leaving, lock-watch-ipc.ts)
import { acquireLock } from '../vault/file-lock';
import { watchLockOverIpc } from './lock-watch-ipc';

async function main(): Promise<void> {
  const [file = '', waitText = '15000', ...flags] = process.argv.slice(2);
  if (flags.includes('--watch')) watchLockOverIpc();
  const lock = await acquireLock(file, Number(waitText));
  process.on('message', (message: { type?: string }) => {
    if (message.type !== 'release') return;
    void lock.release().then(() => process.exit(0));
  });
  process.send?.({ type: 'held' });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
