// Notices when the vault file changes on disk (the CLI wrote it) and says so once per burst
// of changes. Watches the folder, not the file: an atomic save renames a new file over the
// old one, which a watch on the file itself would lose track of.
import { watch, type FSWatcher } from 'node:fs';
import { VAULT_FILE } from '../vault/vault-file';
import type { Scheduler } from './ports';

export const WATCH_DEBOUNCE_MS = 250;

export class VaultWatcher {
  private watcher: FSWatcher | null = null;
  private pending: { handle: unknown } | null = null;

  constructor(
    private readonly dir: string,
    private readonly scheduler: Scheduler,
    private readonly onChange: () => void,
  ) {}

  /** Starts watching; a folder that does not exist yet is not an error (no vault yet). */
  start(): boolean {
    this.stop();
    try {
      this.watcher = watch(this.dir, { persistent: false }, (_event, filename) => {
        if (filename === null || String(filename) === VAULT_FILE) this.changed();
      });
      this.watcher.on('error', () => this.stop());
      return true;
    } catch {
      return false;
    }
  }

  stop(): void {
    this.watcher?.close();
    this.watcher = null;
    if (this.pending) this.scheduler.clearTimeout(this.pending.handle);
    this.pending = null;
  }

  private changed(): void {
    if (this.pending) this.scheduler.clearTimeout(this.pending.handle);
    this.pending = {
      handle: this.scheduler.setTimeout(() => {
        this.pending = null;
        this.onChange();
      }, WATCH_DEBOUNCE_MS),
    };
  }
}
