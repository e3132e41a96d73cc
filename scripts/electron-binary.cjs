// Prints the path of Electron's binary and exits 0, or exits 1 when it is not installed.
// Looks it up the way node_modules/electron/index.js does, without requiring that module:
// since Electron 45 it tries to download a missing binary on require.
const { existsSync, readFileSync } = require('node:fs');
const path = require('node:path');

function electronBinary() {
  try {
    const dir = path.dirname(require.resolve('electron/package.json'));
    const pathFile = path.join(dir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const relative = readFileSync(pathFile, 'utf8').trim();
    const binary = path.join(
      process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(dir, 'dist'),
      relative,
    );
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

module.exports = { electronBinary };

if (require.main === module) {
  const binary = electronBinary();
  if (!binary) process.exit(1);
  process.stdout.write(`${binary}\n`);
}
