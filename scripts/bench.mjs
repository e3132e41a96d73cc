// `npm run bench`: prints performance figures (never asserted in tests). Runs the vault
// benchmark against a real keychain (a private Secret Service when none is reachable), then
// the renderer benchmark when it exists.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';

mkdirSync('.tmp', { recursive: true });
const built = spawnSync(process.execPath, ['scripts/build.mjs', 'cli'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
await build({
  entryPoints: ['electron/core/bench/vault-bench.ts'],
  outfile: '.tmp/vault-bench.cjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  logLevel: 'error',
});
// The scan benchmark: its core bundled, and the worker file its threads load.
await build({
  entryPoints: {
    'scan-bench': 'electron/core/bench/scan-bench.ts',
    'scan-worker': 'electron/core/scan/scan-worker.ts',
  },
  outdir: '.tmp',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  logLevel: 'error',
});
const env = { ...process.env, KEYWARD_KEYCHAIN_SERVICE: `Keyward-bench-${process.pid}` };
const run = (args) =>
  spawnSync('bash', ['scripts/with-keyring.sh', ...args], { stdio: 'inherit', env });
let status = run(['node', '.tmp/vault-bench.cjs']).status ?? 1;
await build({
  entryPoints: ['electron/core/bench/exchange-bench.ts'],
  outfile: '.tmp/exchange-bench.mjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  logLevel: 'error',
});
console.log('');
status ||= spawnSync('node', ['.tmp/exchange-bench.mjs'], { stdio: 'inherit' }).status ?? 1;
console.log('');
status ||= spawnSync(process.execPath, ['.tmp/scan-bench.mjs'], { stdio: 'inherit' }).status ?? 1;
if (existsSync('scripts/bench-renderer.mjs')) {
  console.log('');
  status ||= run(['node', 'scripts/bench-renderer.mjs']).status ?? 1;
}
process.exit(status);
