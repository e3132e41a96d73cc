// The OS's power and session events: lock on suspend and on screen lock; after resume, check
// idle time and reminders at once. The OS idle time feeds the auto-lock.
import { powerMonitor } from 'electron';
import type { LockReason } from '../../../shared/ipc/contract';

export function watchPower(handlers: {
  lock: (reason: LockReason) => void;
  resumed: () => void;
}): void {
  powerMonitor.on('suspend', () => handlers.lock('suspend'));
  powerMonitor.on('lock-screen', () => handlers.lock('screen-lock'));
  powerMonitor.on('shutdown', () => handlers.lock('quit'));
  powerMonitor.on('resume', () => handlers.resumed());
  powerMonitor.on('unlock-screen', () => handlers.resumed());
}

export function systemIdleSeconds(): number {
  return powerMonitor.getSystemIdleTime();
}
