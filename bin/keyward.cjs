#!/usr/bin/env node
// The `keyward` command. The CLI itself is bundled into out/cli by `npm run build`.
try {
  require.resolve('../out/cli/keyward.cjs');
} catch {
  process.stderr.write(
    "keyward: the CLI is not built yet: run 'npm run setup' (or 'npm run build').\n",
  );
  process.exit(1);
}
require('../out/cli/keyward.cjs');
