// A child process for the lock stress test: one add, as `keyward add` does it (open through
// the real keychain, add, save under the writer lock), reporting to the parent over IPC each
// time it enters and leaves the lock. Exits 0 once the add is saved; on an error prints the
// message and exits with the CLI's status for it (busy: 1). argv: vaultDir label n
import { exitCodeFor } from '../errors';
import { KeyService } from '../keys/key-service';
import { keytarKeychain } from '../vault/keychain';
import { VaultStore } from '../vault/vault-store';
import { watchLockOverIpc } from './lock-watch-ipc';
import { sampleKey } from './sample-keys';

async function main(): Promise<void> {
  const [dir = '', label = 'k', n = '0'] = process.argv.slice(2);
  watchLockOverIpc();
  const store = await VaultStore.open(dir, { keychain: keytarKeychain() });
  await new KeyService(store).add(sampleKey(Number(n), { label }));
  store.close();
  process.disconnect?.();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(exitCodeFor(error));
});
