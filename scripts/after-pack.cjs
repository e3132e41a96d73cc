// electron-builder afterPack hook: flips Keyward's Electron fuses (scripts/fuses.cjs) in the
// packaged binary, before signing, so the signature covers the flipped binary. electron-builder
// 25 has no `electronFuses` option; this hook is the supported route with @electron/fuses.
// A failure here fails the build: a package must never ship with the default fuses.
const path = require('node:path');
const { flipFuses } = require('@electron/fuses');
const { Arch } = require('builder-util');
const { fuseConfig } = require('./fuses.cjs');

/** The file that holds the fuse wire in an unpacked app, per platform. */
function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const productFilename = packager.appInfo.productFilename;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      // @electron/fuses finds the Electron Framework inside the .app bundle.
      return path.join(appOutDir, `${productFilename}.app`);
    case 'win32':
      return path.join(appOutDir, `${productFilename}.exe`);
    case 'linux':
      return path.join(appOutDir, packager.executableName);
    default:
      throw new Error(`after-pack: no Electron binary path known for ${electronPlatformName}`);
  }
}

async function afterPack(context) {
  const binary = electronBinaryPath(context);
  // Apple Silicon builds carry an ad-hoc signature that the flip invalidates: re-sign them
  // (a real signature, when configured, is applied after this hook anyway).
  const isMac = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
  const arm64 = context.arch === Arch.arm64 || context.arch === Arch.universal;
  await flipFuses(binary, fuseConfig({ resetAdHocDarwinSignature: isMac && arm64 }));
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.electronBinaryPath = electronBinaryPath;
