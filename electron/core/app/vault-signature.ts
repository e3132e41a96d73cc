// Tells the app's own vault writes apart from another process's (the CLI's). Every save
// renames a new file over the vault, so (inode, size, mtime) changes with each write; core
// records the signature after each request it handled, and the folder watcher reports a
// change only when the file on disk no longer has the last recorded signature.
import { stat } from 'node:fs/promises';
import { vaultPath } from '../vault/vault-file';

export async function vaultSignature(dir: string): Promise<string> {
  try {
    const s = await stat(vaultPath(dir), { bigint: true });
    return `${s.ino}:${s.size}:${s.mtimeNs}`;
  } catch {
    return 'absent';
  }
}

export class OwnWrites {
  private known: string | null = null;

  constructor(private readonly dir: string) {}

  /** Records the vault file as it is now (after a request this process handled). */
  async note(): Promise<void> {
    this.known = await vaultSignature(this.dir);
  }

  /** True if the file changed since the last `note()`: another process wrote it. */
  async changedElsewhere(): Promise<boolean> {
    const now = await vaultSignature(this.dir);
    if (now === this.known) return false;
    this.known = now;
    return true;
  }
}
