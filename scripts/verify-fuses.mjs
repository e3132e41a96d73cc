// Reads the Electron fuses back from packaged binaries and fails unless each one is set as
// scripts/fuses.cjs says. Used by .github/workflows/release.yml after `electron-builder`.
//   node scripts/verify-fuses.mjs [binary-or-.app ...]   (default: the unpacked apps in dist/)
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fuses from './fuses.cjs';

const { KEYWARD_FUSES } = fuses;
// A fuse's byte in the wire: ASCII '0' off, '1' on, 'r' removed (@electron/fuses' FuseState,
// which its index does not export).
const STATE = { 48: 'off', 49: 'on', 114: 'removed' };

/** One line per fuse that is not as Keyward requires; empty when all are. */
export async function fuseMismatches(binary) {
  const wire = await getCurrentFuseWire(binary);
  const problems = [];
  for (const { name, enabled } of KEYWARD_FUSES) {
    const state = wire[FuseV1Options[name]];
    const want = enabled ? 49 : 48;
    if (state !== want) {
      const seen = state === undefined ? 'absent' : (STATE[state] ?? `byte ${state}`);
      problems.push(`${name} is ${seen}, expected ${STATE[want]}`);
    }
  }
  return problems;
}

/** The packaged (unpacked) app binaries electron-builder left in dist/. */
export function packagedBinaries(dist = 'dist') {
  if (!existsSync(dist)) return [];
  const found = [];
  for (const dir of readdirSync(dist)) {
    const full = path.join(dist, dir);
    if (dir === 'linux-unpacked' || (dir.startsWith('linux-') && dir.endsWith('-unpacked'))) {
      found.push(path.join(full, 'keyward'));
    } else if (dir === 'win-unpacked' || (dir.startsWith('win-') && dir.endsWith('-unpacked'))) {
      found.push(path.join(full, 'Keyward.exe'));
    } else if (dir === 'mac' || dir.startsWith('mac-')) {
      found.push(path.join(full, 'Keyward.app'));
    }
  }
  return found.filter((file) => existsSync(file));
}

async function main() {
  const binaries = process.argv.length > 2 ? process.argv.slice(2) : packagedBinaries();
  if (binaries.length === 0) {
    console.error('verify-fuses: no packaged app found in dist/ (run electron-builder first)');
    process.exit(1);
  }
  let failed = false;
  for (const binary of binaries) {
    const problems = await fuseMismatches(binary);
    if (problems.length === 0) {
      console.log(`verify-fuses: ${binary}: all ${KEYWARD_FUSES.length} fuses as required`);
    } else {
      failed = true;
      for (const problem of problems) console.error(`verify-fuses: ${binary}: ${problem}`);
    }
  }
  process.exit(failed ? 1 : 0);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
