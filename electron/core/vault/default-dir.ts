// Where the vault lives when nothing says otherwise: Electron's userData folder for the app
// named "Keyward", computed the same way here so the CLI and the app share one vault.
// KEYWARD_VAULT_DIR (or the CLI's --vault) overrides it.
import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Keyward';

export function appDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') return env.APPDATA ?? path.join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME && path.isAbsolute(env.XDG_CONFIG_HOME)
    ? env.XDG_CONFIG_HOME
    : path.join(home, '.config');
}

export function defaultVaultDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  const override = env.KEYWARD_VAULT_DIR?.trim();
  if (override) return path.resolve(override);
  return path.join(appDataDir(env, platform, home), APP_NAME);
}
