// Which files in a vault folder given secrets open: for the re-key tests, which must show
// that an old recovery key, passphrase or vault key opens nothing left in the folder.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { unwrapWithPassphrase, unwrapWithRecovery } from '../vault/key-wraps';
import { parseRecoveryKey } from '../vault/recovery-key';
import { loadSodium } from '../vault/sodium';
import { decodeVaultFile, decryptPayload } from '../vault/vault-format';

async function filesIn(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(path.join(entry.parentPath, entry.name));
  }
  return out;
}

/** Every file in `dir` the given secrets open (decrypt the payload of). */
export async function filesOpenedBy(
  dir: string,
  secrets: { recoveryKey?: string; passphrase?: string; vaultKey?: string },
): Promise<string[]> {
  const sodium = await loadSodium();
  const opened: string[] = [];
  for (const file of await filesIn(dir)) {
    let decoded;
    try {
      decoded = decodeVaultFile(sodium, new Uint8Array(await readFile(file)), file);
    } catch {
      continue; // not a vault (the lock file, settings)
    }
    const { header } = decoded;
    const keys: (Uint8Array | null)[] = [];
    if (secrets.recoveryKey) {
      const parsed = parseRecoveryKey(sodium, secrets.recoveryKey);
      if (!parsed.ok) throw new Error('bad recovery key in test');
      keys.push(unwrapWithRecovery(sodium, header.wraps.recovery, parsed.bytes, header.vaultId));
    }
    if (secrets.passphrase && header.wraps.passphrase) {
      keys.push(
        unwrapWithPassphrase(sodium, header.wraps.passphrase, secrets.passphrase, header.vaultId),
      );
    }
    if (secrets.vaultKey) keys.push(sodium.from_base64(secrets.vaultKey, 1));
    for (const key of keys) {
      if (!key) continue;
      try {
        decryptPayload(sodium, decoded, key, file);
        opened.push(path.relative(dir, file));
        break;
      } catch {
        // this key does not open this file
      }
    }
  }
  return opened;
}
