#!/usr/bin/env node
// The `keyward` command, bundled into out/cli by `npm run build`. The plain cases of `get` and
// `exec`, which bots call most, are served by a small bundle that does not load libsodium
// (out/cli/quick-get.cjs); everything else runs the full CLI (out/cli/keyward.cjs), whose
// compiled code is cached between runs (Node's own compile cache where it has one, else
// v8-compile-cache; the cache holds code, never data) in a checked per-user folder.
function loadOrExplain(file) {
  try {
    return require(file);
  } catch (error) {
    if (
      error &&
      error.code === 'MODULE_NOT_FOUND' &&
      String(error.message).includes(file.slice(3))
    ) {
      process.stderr.write(
        "keyward: the CLI is not built yet: run 'npm run setup' (or 'npm run build').\n",
      );
      process.exit(1);
    }
    throw error;
  }
}

function runFullCli() {
  // Only in a per-user 0700 folder whose owner is checked (never the shared temp folder),
  // or no cache at all: see electron/cli/compile-cache.ts.
  loadOrExplain('../out/cli/compile-cache.cjs').enableCompileCache({
    nodeModule: require('node:module'),
    loadV8CompileCache: () => require('v8-compile-cache'),
  });
  loadOrExplain('../out/cli/keyward.cjs');
}

const quick = loadOrExplain('../out/cli/quick-get.cjs');
quick.tryQuick(process.argv.slice(2)).then(
  (done) => {
    if (!done) runFullCli();
  },
  () => runFullCli(),
);
