// `npm run bench` (scan part): a 200 MB tree of 10,000 text files, the values of 30 stored keys
// planted in 20 of them; times `keyward scan`'s core (worker threads) beside ripgrep's
// `rg --fixed-strings --files-with-matches -f <values>` on the same tree, and checks that
// exactly the planted copies were found. Also prints the three matchers' raw speeds, the
// measurement behind the choice of matcher (see sampled-matcher.ts).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AhoCorasick from 'modern-ahocorasick';
import { buildMatcher, runMatcher } from '../scan/matcher';
import { buildPatterns } from '../scan/patterns';
import { findIn, packPatterns, sampledMatcher } from '../scan/sampled-matcher';
import { scanForCopies, type ScannableKey } from '../scan/scanner';

const FILES = 10_000;
const FILE_BYTES = 20_000; // 10,000 x 20 KB = 200 MB
const KEYS = 30;
const PLANTED_FILES = 20;
const root = path.resolve('.tmp/scan-bench');
const tree = path.join(root, 'tree');
const workerFile = path.resolve('.tmp/scan-worker.mjs');

const word = () => randomBytes(3 + (randomBytes(1)[0]! % 6)).toString('hex');

function makeKeys(): ScannableKey[] {
  return Array.from({ length: KEYS }, (_, i) => ({
    id: `key-${i}`,
    label: `Bench ${i}`,
    apiKey: randomBytes(48).toString('base64url'),
    secret: randomBytes(48).toString('base64url'),
  }));
}

/** Writes the tree; returns the planted places: file -> key ids. */
function makeTree(keys: ScannableKey[]): Map<string, Set<string>> {
  fs.rmSync(root, { recursive: true, force: true });
  const pool = Buffer.from(
    Array.from({ length: 120_000 }, (_, i) => (i % 12 === 11 ? `${word()}\n` : word())).join(' '),
  );
  const planted = new Map<string, Set<string>>();
  const chosen = new Set<number>();
  while (chosen.size < PLANTED_FILES) chosen.add(Math.floor(Math.random() * FILES));
  const plantedAt = [...chosen];
  keys.forEach((key, i) => {
    const file = plantedAt[i % PLANTED_FILES]!;
    const name = path.join(tree, `d${file % 100}`, `f${file}.txt`);
    const set = planted.get(name) ?? new Set<string>();
    set.add(key.id);
    planted.set(name, set);
  });
  const valuesByFile = new Map<string, string[]>();
  keys.forEach((key, i) => {
    const file = plantedAt[i % PLANTED_FILES]!;
    const name = path.join(tree, `d${file % 100}`, `f${file}.txt`);
    const field = i % 2 === 0 ? key.secret : key.apiKey;
    valuesByFile.set(name, [...(valuesByFile.get(name) ?? []), `secret: "${field}"`]);
  });
  for (let d = 0; d < 100; d++) fs.mkdirSync(path.join(tree, `d${d}`), { recursive: true });
  for (let f = 0; f < FILES; f++) {
    const name = path.join(tree, `d${f % 100}`, `f${f}.txt`);
    const start = Math.floor(Math.random() * (pool.length - FILE_BYTES));
    const body = Buffer.from(pool.subarray(start, start + FILE_BYTES));
    const extra = valuesByFile.get(name);
    if (extra) {
      let at = 1000;
      for (const line of extra) {
        body.write(`\n${line}\n`, at);
        at += 5000;
      }
    }
    fs.writeFileSync(name, body);
  }
  return planted;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timeScan(keys: ScannableKey[]) {
  const t = performance.now();
  const r = await scanForCopies({ keys, paths: [tree], home: os.homedir(), workerFile });
  return { ms: performance.now() - t, result: r };
}

function timeRg(valuesFile: string): { ms: number; files: string[] } | null {
  const t = performance.now();
  const rg = spawnSync(
    'rg',
    ['--fixed-strings', '--files-with-matches', '--no-ignore', '--hidden', '-f', valuesFile, tree],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (rg.error) return null;
  return { ms: performance.now() - t, files: rg.stdout.split('\n').filter(Boolean).sort() };
}

function matcherSpeeds(keys: ScannableKey[]): void {
  const size = 32 * 1024 * 1024;
  const files = Array.from({ length: 1600 }, (_, f) => path.join(tree, `d${f % 100}`, `f${f}.txt`));
  const text = Buffer.concat(files.map((f) => fs.readFileSync(f)));
  const sample = text.subarray(0, Math.min(size, text.length));
  const set = buildPatterns(keys);
  const rate = (ms: number) => `${((sample.length / 1e6 / ms) * 1000).toFixed(0)} MB/s`;
  const best = (run: () => void) => {
    const times = [0, 1, 2].map(() => {
      const t = performance.now();
      run();
      return performance.now() - t;
    });
    return Math.min(...times);
  };
  const sampled = sampledMatcher(packPatterns(set.patterns));
  const dfa = buildMatcher(set.patterns);
  const strings = keys.flatMap((k) => [k.apiKey, k.secret]);
  const ac = new AhoCorasick(strings);
  let n = 0;
  const count = () => void n++;
  console.log(`  matchers, one thread, ${(sample.length / 1e6).toFixed(0)} MB in memory:`);
  console.log(
    `    sampled 4-gram filter (used)   ${rate(best(() => findIn(sampled, sample, 0, 0, count)))}`,
  );
  console.log(
    `    byte-level Aho-Corasick DFA    ${rate(best(() => runMatcher(dfa, sample, 0, count)))}`,
  );
  const small = sample.subarray(0, 4 * 1024 * 1024);
  const t = performance.now();
  ac.count(small.toString('utf8'));
  const acMs = ((performance.now() - t) * sample.length) / small.length;
  console.log(`    modern-ahocorasick (decode + count) ${rate(acMs)}`);
}

async function main(): Promise<void> {
  console.log(
    `Scan benchmark: ${FILES} files of ${FILE_BYTES / 1000} KB, ${KEYS} keys planted in ${PLANTED_FILES} files`,
  );
  const keys = makeKeys();
  const t = performance.now();
  const planted = makeTree(keys);
  console.log(`  tree written in ${((performance.now() - t) / 1000).toFixed(1)} s (${tree})`);
  const valuesFile = path.join(root, 'values.txt');
  fs.writeFileSync(valuesFile, keys.flatMap((k) => [k.apiKey, k.secret]).join('\n') + '\n');

  // One cold pass each fills the page cache; then the median of three.
  await timeScan(keys);
  const hasRg = timeRg(valuesFile) !== null;
  const scans = [];
  const rgs = [];
  for (let i = 0; i < 3; i++) {
    scans.push(await timeScan(keys));
    if (hasRg) rgs.push(timeRg(valuesFile)!);
  }
  const scan = scans[scans.length - 1]!.result;
  const found = new Map<string, Set<string>>();
  for (const h of scan.hits) found.set(h.path, (found.get(h.path) ?? new Set()).add(h.keyId));
  const same = (a: Map<string, Set<string>>, b: Map<string, Set<string>>) =>
    a.size === b.size &&
    [...a].every(
      ([f, ids]) => b.get(f)?.size === ids.size && [...ids].every((id) => b.get(f)!.has(id)),
    );
  const scanMs = median(scans.map((s) => s.ms));
  console.log(
    `  keyward scan: ${scanMs.toFixed(0)} ms (median of 3; ${scan.stats.files} files, ${(scan.stats.bytes / 1e6).toFixed(0)} MB, ${os.availableParallelism()} worker threads); ` +
      `planted hits found exactly: ${same(found, planted) ? 'yes' : 'NO'} (${scan.hits.length} hits in ${found.size} files)`,
  );
  if (hasRg) {
    const rgMs = median(rgs.map((r) => r.ms));
    const rgFiles = rgs[0]!.files;
    const exact = rgFiles.length === planted.size && rgFiles.every((f) => planted.has(f));
    console.log(
      `  rg --fixed-strings --files-with-matches: ${rgMs.toFixed(0)} ms (median of 3); same ${rgFiles.length} files: ${exact ? 'yes' : 'NO'}`,
    );
    console.log(`  keyward scan / ripgrep: ${(scanMs / rgMs).toFixed(2)}x (target: within 2x)`);
  } else {
    console.log('  ripgrep (rg) is not installed: no comparison (apt-get install ripgrep)');
  }
  matcherSpeeds(keys);
  fs.rmSync(root, { recursive: true, force: true });
}

await main();
