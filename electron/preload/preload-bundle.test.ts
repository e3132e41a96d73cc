// A sandboxed preload can require only 'electron': bundled the way scripts/build.mjs bundles
// it, the preload must need nothing else, and must stay small (no zod, no core).
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('preload bundle', () => {
  it("requires only 'electron' and carries neither zod nor core", async () => {
    const result = await build({
      entryPoints: ['electron/preload/preload.ts'],
      bundle: true,
      platform: 'browser',
      format: 'cjs',
      target: 'node20',
      external: ['electron'],
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.text ?? '';
    const required = [...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
    expect([...new Set(required)]).toEqual(['electron']);
    expect(code).not.toMatch(/zod|libsodium|keytar/);
    expect(code).toContain('exposeInMainWorld("keyward"');
    expect(code.length).toBeLessThan(20_000);
  });
});
