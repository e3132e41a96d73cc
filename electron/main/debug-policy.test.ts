import { describe, expect, it } from 'vitest';
import { debugPolicy } from './debug-policy';

const base = { devtoolsEnv: undefined, argv: ['/opt/Keyward/keyward'], parsedSwitches: [] };

describe('debugPolicy (issue 9 item 14)', () => {
  it('a packaged build ignores KEYWARD_DEVTOOLS', () => {
    expect(debugPolicy({ ...base, isPackaged: true, devtoolsEnv: '1' })).toEqual({
      devTools: false,
      refusal: null,
    });
  });

  it('a packaged build refuses to start with either remote-debugging switch, however spelled', () => {
    for (const arg of [
      '--remote-debugging-port=9222',
      '--remote-debugging-port',
      '--remote-debugging-pipe',
      '-remote-debugging-port=0',
      '/remote-debugging-pipe',
      '--REMOTE-DEBUGGING-PORT=1',
    ]) {
      const policy = debugPolicy({ ...base, isPackaged: true, argv: [...base.argv, arg] });
      expect(policy.refusal, arg).toMatch(/refusing to start with --remote-debugging-(port|pipe)/);
      expect(policy.devTools).toBe(false);
    }
    // Chromium parsed it (e.g. from a spelling argv does not show): refused too.
    const parsed = debugPolicy({
      ...base,
      isPackaged: true,
      parsedSwitches: ['remote-debugging-pipe'],
    });
    expect(parsed.refusal).toContain('--remote-debugging-pipe');
  });

  it('a packaged build starts normally without them', () => {
    const policy = debugPolicy({
      ...base,
      isPackaged: true,
      argv: [...base.argv, '--remote-debugging-address=x', 'remote-debugging-port'],
    });
    expect(policy).toEqual({ devTools: false, refusal: null });
  });

  it('an unpackaged build keeps both (Playwright’s Electron mode needs them)', () => {
    const argv = [...base.argv, '--remote-debugging-port=0', '--remote-debugging-pipe'];
    expect(debugPolicy({ ...base, isPackaged: false, argv, devtoolsEnv: '1' })).toEqual({
      devTools: true,
      refusal: null,
    });
    expect(debugPolicy({ ...base, isPackaged: false, argv }).devTools).toBe(false);
  });
});
