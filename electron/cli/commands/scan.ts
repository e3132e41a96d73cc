// `keyward scan [PATH...] [--history] [--git] [--json]`: finds plaintext copies of stored
// values (API keys, secrets, API passphrases) and records each place as a finding on its key.
// Exit 1 when anything is found, 0 when nothing is. Invariant: prints and stores places, key
// labels and field names only, never any part of a value.
import { stat } from 'node:fs/promises';
import os from 'node:os';
import type { Command } from 'commander';
import { KeywardError } from '../../core/errors';
import { recordScan } from '../../core/scan/scan-store';
import { scannableKeys } from '../../core/scan/scan-keys';
import { MIN_VALUE_LENGTH } from '../../core/scan/patterns';
import { scanForCopies, type ScanHit, type ScanResult } from '../../core/scan/scanner';
import type { CliContext } from '../context';
import { ExitRequest } from '../exit-request';

interface ScanOptions {
  history?: boolean;
  git?: boolean;
  json?: boolean;
  passphraseStdin?: boolean;
}

function hitJson(h: ScanHit) {
  return {
    path: h.path,
    line: h.line,
    keyId: h.keyId,
    label: h.label,
    field: h.field,
    source: h.source,
    ...(h.repo !== undefined && { repo: h.repo }),
    ...(h.commit !== undefined && { commit: h.commit }),
    ...(h.blob !== undefined && { blob: h.blob }),
  };
}

function hitLine(h: ScanHit): string {
  const base = `${h.path}:${h.line}  ${h.label}  ${h.field}`;
  if (h.source !== 'git') return h.source === 'history' ? `${base}  (history)` : base;
  const ref = h.commit ? `commit ${h.commit}` : `blob ${h.blob}`;
  return `${base}  (git history of ${h.repo}, ${ref})`;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

function summary(r: ScanResult, ms: number): string {
  const s = r.stats;
  const parts = [`Scanned ${s.files} files (${mb(s.bytes)}) in ${(ms / 1000).toFixed(1)} s`];
  if (s.historyFiles) parts.push(`${s.historyFiles} history files`);
  if (s.repos) parts.push(`${s.gitObjects} objects in ${s.repos} git repositories`);
  const skipped = [
    s.unreadable && `${s.unreadable} unreadable`,
    s.binarySkipped && `${s.binarySkipped} large binary files`,
    s.symlinks && `${s.symlinks} symlinks not followed`,
    s.loops && `${s.loops} folder loops`,
    s.otherFileSystems && `${s.otherFileSystems} folders on other file systems`,
    s.skippedDirs && `${s.skippedDirs} cache, node_modules or vault folders`,
  ].filter(Boolean);
  const found =
    r.hits.length === 0
      ? 'no plaintext copy found.'
      : `${r.hits.length} plaintext ${r.hits.length === 1 ? 'copy' : 'copies'} found.`;
  return `${parts.join(', ')}${skipped.length ? `; skipped: ${skipped.join(', ')}` : ''}: ${found}`;
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('scan [paths...]')
    .description(
      'find plaintext copies of stored keys in files (default: the home folder); exit 1 when one is found',
    )
    .option('--history', 'also read shell, REPL and clipboard-manager histories')
    .option('--git', 'also read every object of the git repositories found')
    .option('--json', 'print a JSON array of { path, line, keyId, label, field, source, ... }')
    .option('--passphrase-stdin', "read the vault's passphrase from stdin")
    .action(async (paths: string[], options: ScanOptions) => {
      const home = ctx.io.env.HOME || os.homedir();
      for (const given of paths) {
        try {
          await stat(given);
        } catch {
          throw new KeywardError(
            'invalid-input',
            `No file or folder ${given}: give the paths to scan (default: your home folder).`,
          );
        }
      }
      const store = await ctx.openStore(options);
      let result: ScanResult;
      try {
        const started = Date.now();
        const controller = new AbortController();
        const stop = () => controller.abort();
        process.once('SIGINT', stop);
        try {
          result = await scanForCopies({
            keys: scannableKeys(await store.read()),
            paths: paths.length > 0 ? paths : [home],
            history: options.history === true,
            git: options.git === true,
            home,
            exclude: [store.dir],
            signal: controller.signal,
          });
        } finally {
          process.off('SIGINT', stop);
        }
        if (result.tooShort > 0) {
          ctx.note(
            `${result.tooShort} stored value${result.tooShort === 1 ? ' is' : 's are'} shorter than ${MIN_VALUE_LENGTH} characters and ${result.tooShort === 1 ? 'was' : 'were'} not searched (too many false hits).`,
          );
        }
        if (result.cancelled) {
          ctx.note('Scan cancelled: nothing was recorded.');
        } else {
          const done = result;
          await store.update((data) => recordScan(data, done, new Date()));
        }
        if (options.json) ctx.json(result.hits.map(hitJson));
        else for (const hit of result.hits) ctx.out(hitLine(hit));
        ctx.note(summary(result, Date.now() - started));
        if (result.hits.length > 0 && !options.json) {
          ctx.note("Each copy is now a finding on its key: 'keyward audit' says what to do.");
        }
      } finally {
        store.close();
      }
      if (result.hits.length > 0) throw new ExitRequest(1);
    });
}
