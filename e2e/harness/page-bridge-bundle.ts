// Bundles page-bridge.ts (and the shared contract it imports) into one IIFE string for
// page.addInitScript. Cached per worker process.
import { build } from 'esbuild';
import path from 'node:path';

let cached: Promise<string> | undefined;

export function pageBridgeScript(): Promise<string> {
  cached ??= build({
    // Resolved from the repository root (Playwright and the bench both run there).
    entryPoints: [path.resolve('e2e/harness/page-bridge.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  }).then((result) => {
    const file = result.outputFiles[0];
    if (!file) throw new Error('esbuild produced no page bridge');
    return file.text;
  });
  return cached;
}
