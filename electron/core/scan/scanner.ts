// `keyward scan` / "Find plaintext copies": finds every place where a stored value appears,
// in files (worker threads, one per core), histories and git objects.
// Invariants: no part of a value is printed, logged or returned (hits name key, field and
// place); after start the values exist only as the matcher's pattern bytes, zeroed at the end.
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { batchScanner, type BatchResult } from './batch';
import { commitOfBlob, scanGitObjects } from './git-scan';
import { findHistoryFiles } from './history-files';
import { buildPatterns, type PatternOwner, type ScanField } from './patterns';
import { newScanBuffer, scanFile } from './scan-file';
import { packPatterns, sampledMatcher, type SampledMatcherData } from './sampled-matcher';
import { newWalkCounts, walk } from './walk';

export type { ScanField };
export type ScanSource = 'file' | 'history' | 'git';

export interface ScanHit {
  path: string;
  line: number;
  keyId: string;
  label: string;
  field: ScanField;
  source: ScanSource;
  repo?: string;
  commit?: string;
  blob?: string;
}

export interface ScanProgress {
  files: number;
  bytes: number;
}

export interface ScanStats extends ScanProgress {
  binarySkipped: number;
  unreadable: number;
  symlinks: number;
  loops: number;
  otherFileSystems: number;
  skippedDirs: number;
  historyFiles: number;
  repos: number;
  gitObjects: number;
}

export interface ScanResult {
  hits: ScanHit[];
  stats: ScanStats;
  /** Values not searched (shorter than 12 characters). */
  tooShort: number;
  cancelled: boolean;
  /** The real paths scanned: a later clearing of stored hits goes by these. */
  roots: string[];
  /** Whether histories and git objects were read (their stored hits may then be cleared). */
  history: boolean;
  git: boolean;
  /** Files and folders that could not be read (a copy there may still exist). */
  unreadablePaths: string[];
}

export interface ScannableKey {
  id: string;
  label: string;
  apiKey: string;
  secret: string;
  passphrase?: string | undefined;
}

export interface ScanOptions {
  keys: readonly ScannableKey[];
  paths: readonly string[];
  history?: boolean;
  git?: boolean;
  home: string;
  /** Folders never entered (the vault folder). */
  exclude?: readonly string[];
  signal?: AbortSignal;
  onProgress?: (progress: ScanProgress) => void;
  /** Worker threads; default one per core. 0 scans on the calling thread. */
  workers?: number;
  /** The built worker (scan-worker.cjs); default: beside this bundle when it exists. */
  workerFile?: string | null;
}

const PROGRESS_EVERY_MS = 100;
const MAX_UNREADABLE_KEPT = 1000;

export function defaultWorkerFile(): string | null {
  const file = typeof __dirname === 'string' ? path.join(__dirname, 'scan-worker.cjs') : '';
  if (file === '') return null;
  // In a package the worker is unpacked beside app.asar (electron-builder.yml asarUnpack):
  // a worker thread is started from a real file, not from inside the archive.
  const asar = `${path.sep}app.asar${path.sep}`;
  const unpacked = file.replace(asar, `${path.sep}app.asar.unpacked${path.sep}`);
  if (unpacked !== file && existsSync(unpacked)) return unpacked;
  return existsSync(file) ? file : null;
}

export function emptyStats(): ScanStats {
  return {
    files: 0,
    bytes: 0,
    binarySkipped: 0,
    unreadable: 0,
    symlinks: 0,
    loops: 0,
    otherFileSystems: 0,
    skippedDirs: 0,
    historyFiles: 0,
    repos: 0,
    gitObjects: 0,
  };
}

/** Sends batches to workers (at most two queued each) and collects their results. */
class WorkerPool {
  private readonly workers: { worker: Worker; queued: number }[];
  private waiting: (() => void) | null = null;
  private failure: unknown = null;

  constructor(
    file: string,
    count: number,
    data: SampledMatcherData,
    owners: string[],
    private readonly onResult: (r: BatchResult) => void,
  ) {
    this.workers = Array.from({ length: count }, () => {
      const worker = new Worker(file, { workerData: { matcher: data, owners } });
      const slot = { worker, queued: 0 };
      worker.on('message', (r: BatchResult) => {
        slot.queued -= 1;
        this.onResult(r);
        this.wake();
      });
      worker.on('error', (error) => {
        this.failure = error;
        this.wake();
      });
      return slot;
    });
  }

  private wake(): void {
    const w = this.waiting;
    this.waiting = null;
    w?.();
  }

  private check(): void {
    if (this.failure)
      throw this.failure instanceof Error ? this.failure : new Error('worker failed');
  }

  private idle = () => this.workers.reduce((n, w) => n + w.queued, 0) === 0;

  async send(paths: string[]): Promise<void> {
    for (;;) {
      this.check();
      const slot = this.workers.reduce((a, b) => (b.queued < a.queued ? b : a));
      if (slot.queued < 2) {
        slot.queued += 1;
        slot.worker.postMessage(paths);
        return;
      }
      await new Promise<void>((resolve) => (this.waiting = resolve));
    }
  }

  async drain(signal?: AbortSignal): Promise<void> {
    while (!this.idle() && !signal?.aborted) {
      this.check();
      await new Promise<void>((resolve) => (this.waiting = resolve));
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }

  abortWaits(): void {
    this.wake();
  }
}

export async function scanForCopies(options: ScanOptions): Promise<ScanResult> {
  const { signal } = options;
  const set = buildPatterns(options.keys);
  const result: ScanResult = {
    hits: [],
    stats: emptyStats(),
    tooShort: set.tooShort,
    cancelled: false,
    roots: [],
    history: options.history === true,
    git: options.git === true,
    unreadablePaths: [],
  };
  if (set.patterns.length === 0) return result;
  const data = packPatterns(set.patterns);
  for (const p of set.patterns) p.fill(0);
  const owners = set.owners.map((o) => `${o.keyId}\u0000${o.field}`);
  const stats = result.stats;
  const unreadable = (p: string) => {
    stats.unreadable += 1;
    if (result.unreadablePaths.length < MAX_UNREADABLE_KEPT) result.unreadablePaths.push(p);
  };

  let lastProgress = 0;
  const progress = (force = false) => {
    const now = Date.now();
    if (!options.onProgress || (!force && now - lastProgress < PROGRESS_EVERY_MS)) return;
    lastProgress = now;
    options.onProgress({ files: stats.files, bytes: stats.bytes });
  };
  const pemHits = new WeakSet<ScanHit>();
  const addHit = (hit: Omit<ScanHit, 'keyId' | 'label' | 'field'>, owner: PatternOwner) => {
    const full = { ...hit, keyId: owner.keyId, label: owner.label, field: owner.field };
    if (owner.pemLine) pemHits.add(full);
    result.hits.push(full);
  };
  const onBatch = (r: BatchResult, source: ScanSource) => {
    stats.files += r.files;
    stats.bytes += r.bytes;
    stats.binarySkipped += r.binarySkipped;
    r.unreadable.forEach(unreadable);
    for (const h of r.hits)
      addHit({ path: h.path, line: h.line, source }, set.owners[h.patternId]!);
    progress();
  };

  const historyFiles = options.history ? await findHistoryFiles(options.home) : [];
  const skipFiles = new Set(historyFiles);
  const repos = new Set<string>();
  const counts = newWalkCounts();
  const real = (p: string) => fs.realpath(p).catch(() => path.resolve(p));
  const exclude = await Promise.all((options.exclude ?? []).map(real));
  result.roots = await Promise.all(options.paths.map(real));

  const workerFile = options.workerFile === undefined ? defaultWorkerFile() : options.workerFile;
  const workerCount = options.workers ?? Math.min(os.availableParallelism(), 8);
  const pool =
    workerFile && workerCount > 0
      ? new WorkerPool(workerFile, workerCount, data, owners, (r) => onBatch(r, 'file'))
      : null;
  const local = pool ? null : batchScanner(data, owners);
  const onAbort = () => pool?.abortWaits();
  signal?.addEventListener('abort', onAbort);
  try {
    for await (const batch of walk(options.paths, counts, {
      exclude,
      onRepo: (dir) => repos.add(dir),
      ...(signal && { signal }),
    })) {
      if (signal?.aborted) break;
      const paths = skipFiles.size ? batch.filter((p) => !skipFiles.has(p)) : batch;
      if (pool) await pool.send(paths);
      else {
        onBatch(local!.scan(paths), 'file');
        await new Promise((r) => setImmediate(r));
      }
    }
    await pool?.drain(signal);
  } finally {
    signal?.removeEventListener('abort', onAbort);
    await pool?.close();
  }
  stats.symlinks = counts.symlinks;
  stats.loops = counts.loops;
  stats.otherFileSystems = counts.otherFileSystems;
  stats.skippedDirs = counts.skippedDirs;
  counts.unreadable.forEach(unreadable);

  if (!signal?.aborted && historyFiles.length > 0) {
    // Qt clipboard managers store UTF-16 strings: the histories also get those forms.
    const wide = buildPatterns(options.keys, { utf16: true });
    const wideData = packPatterns(wide.patterns);
    for (const p of wide.patterns) p.fill(0);
    const m = sampledMatcher(wideData);
    const buffer = newScanBuffer(m);
    const wideOwner = (id: number) => `${wide.owners[id]!.keyId}\u0000${wide.owners[id]!.field}`;
    for (const file of historyFiles) {
      const outcome = scanFile(m, file, buffer, wideOwner);
      if (outcome.kind === 'unreadable') {
        unreadable(file);
        continue;
      }
      stats.historyFiles += 1;
      stats.files += 1;
      stats.bytes += outcome.bytes;
      if (outcome.kind !== 'scanned') continue;
      for (const h of outcome.hits) {
        addHit({ path: file, line: h.line, source: 'history' }, wide.owners[h.patternId]!);
      }
    }
    wideData.bytes.fill(0);
  }

  if (!signal?.aborted && options.git && repos.size > 0) {
    const m = sampledMatcher(data);
    const buffer = newScanBuffer(m);
    const owner = (id: number) => owners[id]!;
    const origins = new Map<string, Awaited<ReturnType<typeof commitOfBlob>>>();
    for (const repo of [...repos].sort()) {
      if (signal?.aborted) break;
      try {
        const found = await scanGitObjects(m, repo, buffer, owner, signal);
        stats.repos += 1;
        stats.gitObjects += found.objects;
        stats.bytes += found.bytes;
        for (const h of found.hits) {
          const base = { line: h.line, source: 'git' as const, repo };
          if (h.type === 'commit') {
            addHit({ ...base, path: repo, commit: h.oid }, set.owners[h.patternId]!);
            continue;
          }
          let origin = origins.get(h.oid);
          if (origin === undefined) {
            origin = await commitOfBlob(repo, h.oid);
            origins.set(h.oid, origin);
          }
          addHit(
            origin
              ? { ...base, path: path.join(repo, origin.path), commit: origin.commit }
              : { ...base, path: repo, blob: h.oid },
            set.owners[h.patternId]!,
          );
        }
      } catch {
        if (!signal?.aborted) unreadable(repo);
      }
      progress();
    }
  }
  data.bytes.fill(0);
  result.cancelled = signal?.aborted === true;
  progress(true);
  result.hits = mergePemLines(result.hits, pemHits);
  return result;
}

/** Sorted by place; the consecutive lines of one PEM copy become one hit at its first line. */
function mergePemLines(hits: ScanHit[], pem: WeakSet<ScanHit>): ScanHit[] {
  const place = (h: ScanHit) =>
    [h.source, h.path, h.repo ?? '', h.commit ?? h.blob ?? '', h.keyId, h.field].join('\u0000');
  hits.sort(
    (a, b) =>
      a.path.localeCompare(b.path) ||
      a.line - b.line ||
      a.label.localeCompare(b.label) ||
      a.field.localeCompare(b.field),
  );
  const out: ScanHit[] = [];
  const lastLine = new Map<string, number>();
  for (const hit of hits) {
    const id = place(hit);
    const before = lastLine.get(id);
    if (pem.has(hit)) lastLine.set(id, hit.line);
    if (pem.has(hit) && before !== undefined && hit.line - before <= 1) continue;
    out.push(hit);
  }
  return out;
}
