// Runs the built `keyward` command (bin/keyward.cjs -> out/cli/keyward.cjs) as a user would,
// against a temporary vault folder and a keychain service name of the test's own.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { build } from 'esbuild';

const repo = path.resolve(import.meta.dirname, '../../..');
export const BIN = path.join(repo, 'bin/keyward.cjs');

/** Builds the CLI bundle the same way `npm run build` does. */
export async function buildCli(): Promise<void> {
  await build({
    entryPoints: {
      keyward: path.join(repo, 'electron/cli/main.ts'),
      'quick-get': path.join(repo, 'electron/cli/quick-get.ts'),
      'scan-worker': path.join(repo, 'electron/core/scan/scan-worker.ts'),
    },
    outdir: path.join(repo, 'out/cli'),
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    external: ['keytar', 'libsodium-wrappers-sumo', 'electron'],
    supported: { 'dynamic-import': false },
    minify: true,
    alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
    logLevel: 'error',
  });
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  input?: string;
  env?: NodeJS.ProcessEnv;
}

export function makeRunner(vaultDir: string, keychainService: string) {
  return (args: string[], options: RunOptions = {}): Promise<CliResult> =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, ...args], {
        env: {
          ...process.env,
          KEYWARD_VAULT_DIR: vaultDir,
          KEYWARD_KEYCHAIN_SERVICE: keychainService,
          KEYWARD_DEBUG: '',
          ...options.env,
        },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('close', (status) => resolve({ status, stdout, stderr }));
      child.stdin.end(options.input ?? '');
    });
}
