// A child process for the crash and concurrency tests: opens the vault through the real
// keychain and adds keys in a loop, printing "added <label>" after each add is acknowledged
// (saved). argv: vaultDir labelPrefix count
import { KeyService } from '../keys/key-service';
import { keytarKeychain } from '../vault/keychain';
import { VaultStore } from '../vault/vault-store';
import { sampleKey } from './sample-keys';

async function main(): Promise<void> {
  const [dir = '', prefix = 'k', countText = '1000000'] = process.argv.slice(2);
  const store = await VaultStore.open(dir, { keychain: keytarKeychain() });
  const keys = new KeyService(store);
  process.stdout.write('ready\n');
  for (let i = 0; i < Number(countText); i++) {
    const label = `${prefix}-${process.pid}-${i}`;
    await keys.add(sampleKey(i, { label }));
    process.stdout.write(`added ${label}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
