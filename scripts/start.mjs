// `npm start`: build, then open the desktop app. Where Electron's binary is missing (its
// download failed or was skipped), say so in one line and exit non-zero.
import { spawnSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { electronBinary } = require('./electron-binary.cjs');
const electronPath = electronBinary();
if (!electronPath) {
  console.error(
    "keyward: Electron's binary is not installed (its download failed); with internet access run 'node node_modules/electron/install.js', then 'npm start' again.",
  );
  process.exit(1);
}

const built = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const child = spawn(electronPath, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
