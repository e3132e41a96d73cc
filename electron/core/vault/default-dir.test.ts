import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultVaultDir } from './default-dir';

describe('defaultVaultDir', () => {
  it("is Electron's userData folder for Keyward on each platform", () => {
    expect(defaultVaultDir({}, 'linux', '/home/ann')).toBe('/home/ann/.config/Keyward');
    expect(defaultVaultDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/ann')).toBe('/cfg/Keyward');
    expect(defaultVaultDir({ XDG_CONFIG_HOME: 'relative' }, 'linux', '/home/ann')).toBe(
      '/home/ann/.config/Keyward',
    );
    expect(defaultVaultDir({}, 'darwin', '/Users/ann')).toBe(
      '/Users/ann/Library/Application Support/Keyward',
    );
    expect(
      defaultVaultDir({ APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' }, 'win32', 'C:\\Users\\ann'),
    ).toBe(path.join('C:\\Users\\ann\\AppData\\Roaming', 'Keyward'));
  });

  it('is overridden by KEYWARD_VAULT_DIR', () => {
    expect(defaultVaultDir({ KEYWARD_VAULT_DIR: '/srv/vault' }, 'linux', '/home/ann')).toBe(
      '/srv/vault',
    );
  });
});
