// `npm start` where Electron's binary is missing: one clear line, a non-zero exit, no build.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('npm start without an Electron binary', () => {
  it('says so in one line and exits 1', () => {
    const result = spawnSync(process.execPath, ['scripts/start.mjs'], {
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent/keyward-electron' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /Electron's binary is not installed.*node node_modules\/electron\/install\.js/,
    );
  });
});
