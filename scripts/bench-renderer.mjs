// `npm run bench`, renderer part: builds the renderer, prints its bundle size (gzipped), then
// runs e2e/bench/renderer-bench.ts (10,000 keys: load to list shown, filter per keystroke).
// Needs a Secret Service: `bash scripts/with-keyring.sh node scripts/bench-renderer.mjs`
// (scripts/bench.mjs does this). Figures are printed, never asserted.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const built = spawnSync(process.execPath, ['scripts/build.mjs', 'renderer'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const assets = path.join('out', 'renderer', 'assets');
let raw = 0;
let gzipped = 0;
const parts = [];
for (const name of readdirSync(assets)) {
  const bytes = readFileSync(path.join(assets, name));
  const gz = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  gzipped += gz;
  parts.push(`${name} ${(gz / 1024).toFixed(1)} KiB`);
}
console.log(
  `Renderer bundle: ${(raw / 1024).toFixed(1)} KiB, ${(gzipped / 1024).toFixed(1)} KiB gzipped (${parts.join(', ')})`,
);

mkdirSync('.tmp', { recursive: true });
await build({
  entryPoints: ['e2e/bench/renderer-bench.ts'],
  outfile: '.tmp/renderer-bench.mjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  logLevel: 'error',
});
const run = spawnSync(process.execPath, ['.tmp/renderer-bench.mjs'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
