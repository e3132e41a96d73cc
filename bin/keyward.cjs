#!/usr/bin/env node
// The `keyward` command. The CLI itself is bundled into out/cli by `npm run build`.
// Scripts and bots call it often, so its compiled code is cached between runs (Node's own
// compile cache where it has one, else v8-compile-cache); the cache holds code, never data.
const nodeModule = require('node:module');
if (typeof nodeModule.enableCompileCache === 'function') {
  nodeModule.enableCompileCache();
} else {
  try {
    require('v8-compile-cache');
  } catch {
    // Only slower without it.
  }
}
try {
  require.resolve('../out/cli/keyward.cjs');
} catch {
  process.stderr.write(
    "keyward: the CLI is not built yet: run 'npm run setup' (or 'npm run build').\n",
  );
  process.exit(1);
}
require('../out/cli/keyward.cjs');
