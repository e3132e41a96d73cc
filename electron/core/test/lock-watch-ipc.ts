// For the lock stress test's child processes: each time this process has taken the vault's
// writer lock, and each time it is about to let go, it tells the parent over IPC and waits for
// the answer. The parent's view of who is inside is therefore never behind: a process that
// let go had its "leave" counted before anyone else could take the lock.
import { watchLocks } from '../vault/file-lock';

export interface LockReport {
  type: 'enter' | 'leave';
  id: number;
}

export function watchLockOverIpc(): void {
  const send = process.send?.bind(process);
  if (!send) throw new Error('watchLockOverIpc needs an IPC channel to the parent');
  const waiting = new Map<number, () => void>();
  let next = 0;
  process.on('message', (message: { type?: string; id?: number }) => {
    if (message.type !== 'ack' || message.id === undefined) return;
    waiting.get(message.id)?.();
    waiting.delete(message.id);
  });
  const report = (type: LockReport['type']) =>
    new Promise<void>((resolve) => {
      const id = next++;
      waiting.set(id, resolve);
      send({ type, id } satisfies LockReport);
    });
  watchLocks({ entered: () => report('enter'), leaving: () => report('leave') });
}
