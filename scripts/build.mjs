// Builds everything into out/: main, preload and the CLI with esbuild (CommonJS, so the
// sandboxed preload and a fast-starting CLI need no loader), the renderer with Vite.
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';
import { rmSync } from 'node:fs';

const only = process.argv[2]; // optional: main | preload | cli | renderer
const want = (name) => !only || only === name;

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // jsonc-parser's UMD build (its "main") requires its parts at run time, which a bundle lacks.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
};

if (!only) rmSync('out', { recursive: true, force: true });

const jobs = [];
if (want('main')) {
  // Dependencies stay in node_modules (keytar is native); electron is provided at run time.
  jobs.push(
    build({
      ...common,
      entryPoints: {
        main: 'electron/main/main.ts',
        // The scan's worker threads load this file from beside main.cjs.
        'scan-worker': 'electron/core/scan/scan-worker.ts',
      },
      outdir: 'out/main',
      outExtension: { '.js': '.cjs' },
      packages: 'external',
      external: ['electron'],
    }),
  );
}
if (want('preload')) {
  // A sandboxed preload can require only 'electron': everything else is bundled in.
  jobs.push(
    build({
      ...common,
      platform: 'browser',
      format: 'cjs',
      entryPoints: { preload: 'electron/preload/preload.ts' },
      outdir: 'out/preload',
      outExtension: { '.js': '.cjs' },
      external: ['electron'],
    }),
  );
}
if (want('cli')) {
  // Pure-JS dependencies are bundled (tree-shaken) so `keyward get` starts fast; keytar is
  // native and libsodium loads its own WebAssembly, so both stay in node_modules.
  jobs.push(
    build({
      ...common,
      entryPoints: {
        keyward: 'electron/cli/main.ts',
        'quick-get': 'electron/cli/quick-get.ts',
        'scan-worker': 'electron/core/scan/scan-worker.ts',
      },
      outdir: 'out/cli',
      outExtension: { '.js': '.cjs' },
      external: ['keytar', 'libsodium-wrappers-sumo', 'electron'],
      // import() of an external becomes require(): the CommonJS build of libsodium loads
      // faster than going through Node's ESM loader.
      supported: { 'dynamic-import': false },
      minify: true,
    }),
  );
}
await Promise.all(jobs);
if (want('renderer')) {
  await viteBuild({ configFile: 'renderer/vite.config.ts', logLevel: 'warn' });
}
