// The vault's names on disk and the fixed framing of the vault file, free of zod and
// libsodium so `keyward get`'s quick path (quick-read.ts) can use them without loading either.
// vault-file.ts and vault-format.ts re-export these; the layout itself is described in
// vault-format.ts.
import path from 'node:path';

export const VAULT_FILE = 'vault.keyward';
export const LOCK_FILE = 'vault.lock';
export const BACKUP_DIR = 'backups';

export const vaultPath = (dir: string) => path.join(dir, VAULT_FILE);
export const lockPath = (dir: string) => path.join(dir, LOCK_FILE);
export const backupDir = (dir: string) => path.join(dir, BACKUP_DIR);

export const MAGIC = new TextEncoder().encode('KWVAULT\n');
export const FORMAT_VERSION = 1;
/** magic | format version u16 BE | header length u32 BE */
export const PREFIX_BYTES = MAGIC.length + 2 + 4;
export const CHECKSUM_BYTES = 32;
export const MAX_HEADER_BYTES = 64 * 1024;
