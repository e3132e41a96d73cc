// Runs `keyward exec`'s command, for the full CLI and for the quick path alike: the command
// inherits stdin, stdout and stderr, SIGINT, SIGTERM and SIGHUP sent to keyward are passed
// on, and the result is its exit status as a shell gives it (127: not found; 128 + n: killed
// by signal n).
// Invariant: the promise rejects only when the command never started, so a caller may report
// that or hand over to the full CLI without ever running the command twice.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';

/** As in a shell. */
export const COMMAND_NOT_FOUND = 127;

export function runChild(program: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { env, stdio: 'inherit' });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    for (const signal of signals) process.on(signal, forward);
    const cleanup = () => {
      for (const signal of signals) process.off(signal, forward);
    };
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') {
        cleanup();
        resolve(COMMAND_NOT_FOUND);
      } else if (child.pid === undefined) {
        cleanup();
        reject(error); // it never started
      }
      // Else a signal could not be passed on (the child is gone): its exit event follows.
    });
    child.on('exit', (code, signal) => {
      cleanup();
      resolve(code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0));
    });
  });
}
