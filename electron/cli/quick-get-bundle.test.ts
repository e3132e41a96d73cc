// `keyward get`'s quick path must stay small: it is required on every `keyward` run. This
// builds the CLI as `npm run build` does (into a folder of its own) and reads esbuild's
// metafile: the quick-get bundle may contain neither zod, nor libsodium, nor commander.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

interface Metafile {
  outputs: Record<
    string,
    {
      entryPoint?: string;
      inputs: Record<string, unknown>;
      imports: { path: string; external?: boolean }[];
    }
  >;
}

const repo = path.resolve(import.meta.dirname, '../..');
const outdir = mkdtempSync(path.join(os.tmpdir(), 'keyward-cli-build-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

function buildMetafile(): Metafile {
  const built = spawnSync(process.execPath, ['scripts/build.mjs', 'cli', outdir], {
    cwd: repo,
    encoding: 'utf8',
  });
  expect(built.status, built.stderr).toBe(0);
  return JSON.parse(readFileSync(path.join(outdir, 'meta.json'), 'utf8')) as Metafile;
}

const FORBIDDEN = /(^|[/\\])(zod|libsodium[\w-]*|commander)([/\\]|$)/;

describe('the quick-get bundle', () => {
  it('contains no zod, libsodium or commander, bundled or required', () => {
    const meta = buildMetafile();
    const quick = Object.values(meta.outputs).find(
      (o) => o.entryPoint === 'electron/cli/quick-get.ts',
    );
    const full = Object.values(meta.outputs).find((o) => o.entryPoint === 'electron/cli/main.ts');
    expect(quick, 'quick-get output in the metafile').toBeDefined();
    expect(full, 'keyward output in the metafile').toBeDefined();
    const bundled = Object.keys(quick!.inputs).filter((input) => FORBIDDEN.test(input));
    const required = quick!.imports.map((i) => i.path).filter((p) => FORBIDDEN.test(p));
    expect(bundled).toEqual([]);
    expect(required).toEqual([]);
    // The pattern does match what the full CLI uses, so an empty list above means something.
    const fullUses = [...Object.keys(full!.inputs), ...full!.imports.map((i) => i.path)];
    expect(fullUses.some((p) => /[/\\]zod[/\\]/.test(p))).toBe(true);
    expect(fullUses.some((p) => /[/\\]commander[/\\]/.test(p))).toBe(true);
    expect(fullUses.some((p) => p.startsWith('libsodium-wrappers-sumo'))).toBe(true);
  });
});
