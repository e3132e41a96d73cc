// Builds everything into out/: main, preload and the CLI with esbuild (CommonJS, so the
// sandboxed preload and a fast-starting CLI need no loader), the renderer with Vite.
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const only = process.argv[2]; // optional: main | preload | cli | renderer | prompt
// With `cli`, an optional output folder (default out/cli): the bundle-contents test builds
// into a folder of its own.
const cliOutdir = (only === 'cli' && process.argv[3]) || 'out/cli';
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
      entryPoints: {
        preload: 'electron/preload/preload.ts',
        // The passphrase prompt's own preload (electron/main/passphrase-prompt.ts).
        'prompt-preload': 'electron/preload/prompt-preload.ts',
      },
      outdir: 'out/preload',
      outExtension: { '.js': '.cjs' },
      external: ['electron'],
    }),
  );
}
if (want('cli')) {
  // Pure-JS dependencies are bundled (tree-shaken) so `keyward get` starts fast; keytar and
  // os-lock (the vault's writer lock) are native and libsodium loads its own WebAssembly, so
  // they stay in node_modules. The metafile (meta.json) records which modules went into which bundle: a test reads it to
  // keep zod, libsodium and commander out of quick-get.cjs.
  const cliBuild = build({
    ...common,
    entryPoints: {
      keyward: 'electron/cli/main.ts',
      'quick-get': 'electron/cli/quick-get.ts',
      'compile-cache': 'electron/cli/compile-cache.ts',
      // The scan's worker threads load this file from beside keyward.cjs.
      'scan-worker': 'electron/core/scan/scan-worker.ts',
    },
    outdir: cliOutdir,
    outExtension: { '.js': '.cjs' },
    external: ['keytar', 'os-lock', 'libsodium-wrappers-sumo', 'electron'],
    // import() of an external becomes require(): the CommonJS build of libsodium loads
    // faster than going through Node's ESM loader.
    supported: { 'dynamic-import': false },
    minify: true,
    metafile: true,
  });
  jobs.push(
    cliBuild.then(({ metafile }) =>
      writeFileSync(path.join(cliOutdir, 'meta.json'), JSON.stringify(metafile)),
    ),
  );
}
if (want('prompt')) {
  // The passphrase prompt's tiny page, served on app://keyward/prompt/: a plain script (no
  // React, no bridge), its HTML and CSS.
  mkdirSync('out/prompt', { recursive: true });
  for (const file of ['prompt.html', 'prompt.css']) {
    copyFileSync(`renderer/prompt/${file}`, `out/prompt/${file}`);
  }
  jobs.push(
    build({
      ...common,
      platform: 'browser',
      format: 'iife',
      sourcemap: false,
      entryPoints: { prompt: 'renderer/prompt/prompt.ts' },
      outdir: 'out/prompt',
    }),
  );
}
await Promise.all(jobs);
if (want('renderer')) {
  await viteBuild({ configFile: 'renderer/vite.config.ts', logLevel: 'warn' });
}
