// Starts each packaged app once (release workflow): it must still be running after 15 s on a
// fresh, empty vault folder (a broken asar, a failed integrity check or a missing native
// module ends it at once), then it is stopped.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packagedBinaries } from './verify-fuses.mjs';

const executable = (binary) =>
  binary.endsWith('.app') ? path.join(binary, 'Contents', 'MacOS', 'Keyward') : binary;

let failed = false;
for (const binary of packagedBinaries()) {
  const vault = mkdtempSync(path.join(os.tmpdir(), 'keyward-smoke-'));
  const app = spawn(executable(binary), [], {
    env: { ...process.env, KEYWARD_VAULT_DIR: vault },
    stdio: 'inherit',
  });
  const exited = await Promise.race([
    new Promise((resolve) => app.once('exit', (code, signal) => resolve(`${code ?? signal}`))),
    new Promise((resolve) => setTimeout(() => resolve(null), 15_000)),
  ]);
  if (exited === null) {
    console.log(`smoke: ${binary} started and kept running`);
    app.kill();
  } else {
    console.error(`smoke: ${binary} exited at start (${exited})`);
    failed = true;
  }
}
if (packagedBinaries().length === 0) {
  console.error('smoke: no packaged app found in dist/');
  failed = true;
}
process.exit(failed ? 1 : 0);
