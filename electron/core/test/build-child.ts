// Bundles a test's child-process script with esbuild so plain `node` can run it.
import { build } from 'esbuild';
import path from 'node:path';

/** Output goes under the repo's .tmp/ so the bundle resolves node_modules. */
export async function buildChild(entry: string): Promise<string> {
  const outfile = path.join(
    process.cwd(),
    '.tmp',
    'test-children',
    `${path.basename(entry, '.ts')}-${process.pid}.cjs`,
  );
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    absWorkingDir: process.cwd(),
    logLevel: 'error',
  });
  return outfile;
}
