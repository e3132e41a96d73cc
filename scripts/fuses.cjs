// The Electron fuses every Keyward package ships with: the one list that the afterPack hook
// (scripts/after-pack.cjs) flips, that scripts/verify-fuses.mjs reads back from each packaged
// binary, and that docs/security.md ("Electron fuses") states; a test keeps the three equal.
// Why they matter: the keychain trusts the Keyward binary, so nothing may turn that binary
// into a general-purpose Node or load code from outside its signed archive.
const { FuseV1Options } = require('@electron/fuses');

/** @type {ReadonlyArray<{ name: keyof typeof FuseV1Options, enabled: boolean }>} */
const KEYWARD_FUSES = Object.freeze([
  // ELECTRON_RUN_AS_NODE=1 would make the binary a plain Node running any script.
  { name: 'RunAsNode', enabled: false },
  { name: 'EnableCookieEncryption', enabled: true },
  // NODE_OPTIONS (--require, --import) would inject code into the app's main process.
  { name: 'EnableNodeOptionsEnvironmentVariable', enabled: false },
  // --inspect and friends would open a debugger into main.
  { name: 'EnableNodeCliInspectArguments', enabled: false },
  // macOS and Windows check app.asar against the hash electron-builder embeds at packaging.
  { name: 'EnableEmbeddedAsarIntegrityValidation', enabled: true },
  // The app is loaded only from app.asar, never from a planted app/ folder beside it.
  { name: 'OnlyLoadAppFromAsar', enabled: true },
  { name: 'LoadBrowserProcessSpecificV8Snapshot', enabled: false },
  // The UI is served on app://, so file:// needs none of its legacy privileges.
  { name: 'GrantFileProtocolExtraPrivileges', enabled: false },
]);

/** The @electron/fuses configuration for KEYWARD_FUSES. */
function fuseConfig(options = {}) {
  const { FuseVersion } = require('@electron/fuses');
  const config = { version: FuseVersion.V1, ...options };
  for (const fuse of KEYWARD_FUSES) config[FuseV1Options[fuse.name]] = fuse.enabled;
  return config;
}

module.exports = { KEYWARD_FUSES, fuseConfig };
