// The app's side of issue 12: import (preview, then commit) and "Find plaintext copies".
// Paths come only from main's native dialog (the ChoosePaths port), never from the page.
// Invariants: a preview's parsed secrets stay here, in memory, keyed by its id, until the
// import, the next preview or a lock (reset()); replies carry labels, providers, hosts, masked
// API keys and places, never a secret. A scan keeps no value beyond what its matcher needs.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { findings } from '../../../shared/findings';
import type { Finding } from '../../../shared/findings/types';
import type { ParsedRequestOf, ReplyOf } from '../../../shared/ipc/contract';
import type {
  ImportPreviewView,
  ScanKeyGroup,
  ScanView,
} from '../../../shared/ipc/plaintext-views';
import { KeywardError } from '../errors';
import { planImport } from '../import/import-plan';
import { parseImport } from '../import/parse';
import { ImportFormatError, type ParsedImport } from '../import/types';
import { recordScan } from '../scan/scan-store';
import { scannableKeys } from '../scan/scan-keys';
import { scanForCopies, type ScanHit } from '../scan/scanner';
import type { ChoosePaths, Clock } from './ports';
import type { VaultSession } from './vault-session';

export interface PlaintextDeps {
  session: VaultSession;
  clock: Clock;
  /** Absent (a build without dialogs): import and scan say they are unavailable. */
  choosePaths?: ChoosePaths;
  onScanProgress: (progress: { files: number; bytes: number }) => void;
}

interface Preview {
  id: string;
  file: string;
  parsed: ParsedImport;
}

export class PlaintextService {
  private preview: Preview | null = null;
  private folders: string[] = [];
  private scan: AbortController | null = null;

  constructor(private readonly deps: PlaintextDeps) {}

  /** On lock: the parsed secrets go, the running scan stops. */
  reset(): void {
    this.preview = null;
    this.folders = [];
    this.scan?.abort();
  }

  private choose(kind: 'import-file' | 'scan-folders'): Promise<string[]> {
    if (!this.deps.choosePaths) {
      throw new KeywardError('internal', 'This build of Keyward cannot show a file dialog.');
    }
    return this.deps.choosePaths(kind);
  }

  async importPreview(): Promise<ImportPreviewView | null> {
    const { store } = this.deps.session.requireOpen();
    const [file] = await this.choose('import-file');
    if (file === undefined) return null;
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      throw new KeywardError(
        'invalid-input',
        `${file} cannot be read (${code}); choose another file.`,
      );
    }
    let parsed: ParsedImport;
    try {
      parsed = parseImport(text);
    } catch (error) {
      if (!(error instanceof ImportFormatError)) throw error;
      throw new KeywardError(
        'invalid-input',
        `Nothing can be imported from ${file}: ${error.message}.`,
      );
    }
    const plan = planImport(await store.read(), parsed, { fileName: path.basename(file) });
    this.preview = { id: randomUUID(), file, parsed: { ...parsed, problems: [] } };
    // Index into parsed.entries, so commit re-plans exactly the entry the user ticked.
    const keys = plan.add.map((p) => ({
      index: parsed.entries.findIndex((e) => e.apiKey === p.input.apiKey),
      label: p.label,
      provider: p.provider,
      host: p.input.host ?? '',
      maskedApiKey: p.maskedApiKey,
      useCase: p.input.useCase ?? 'custom',
    }));
    return { previewId: this.preview.id, file, format: parsed.format, keys, skipped: plan.skipped };
  }

  async importCommit({
    previewId,
    entries,
  }: ParsedRequestOf<'import.commit'>): Promise<ReplyOf<'import.commit'>> {
    const open = this.deps.session.requireOpen();
    const preview = this.preview;
    if (!preview || preview.id !== previewId) {
      throw new KeywardError(
        'invalid-input',
        'This preview is no longer open (the vault locked or another file was chosen): choose the file again.',
      );
    }
    const fileName = path.basename(preview.file);
    const result: ReplyOf<'import.commit'> = { imported: [], skipped: [], file: preview.file };
    for (const chosen of entries) {
      const entry = preview.parsed.entries[chosen.index];
      if (!entry) {
        throw new KeywardError('invalid-input', `The preview has no key number ${chosen.index}.`);
      }
      // Planned again against the vault as it is now: duplicates and labels re-checked.
      const plan = planImport(
        await open.store.read(),
        { ...preview.parsed, entries: [{ ...entry, name: chosen.label }] },
        { fileName, useCase: chosen.useCase },
      );
      result.skipped.push(...plan.skipped);
      for (const planned of plan.add) {
        const summary = await open.keys.add(planned.input);
        result.imported.push({ id: summary.id, label: summary.label, provider: summary.provider });
      }
    }
    this.preview = null; // the secrets are in the vault now (or were refused): drop them
    return result;
  }

  async chooseFolders(): Promise<string[]> {
    this.deps.session.requireOpen();
    const folders = await this.choose('scan-folders');
    if (folders.length > 0) this.folders = folders;
    return folders.length > 0 ? [...this.folders] : [];
  }

  async startScan({ history, git }: ParsedRequestOf<'scan.start'>): Promise<ScanView> {
    const { store } = this.deps.session.requireOpen();
    if (this.folders.length === 0) {
      throw new KeywardError('invalid-input', 'Choose the folders to scan first.');
    }
    if (this.scan)
      throw new KeywardError('conflict', 'A scan is already running: wait or cancel it.');
    const controller = new AbortController();
    this.scan = controller;
    const folders = [...this.folders];
    try {
      const result = await scanForCopies({
        keys: scannableKeys(await store.read()),
        paths: folders,
        history,
        git,
        home: os.homedir(),
        exclude: [store.dir],
        signal: controller.signal,
        onProgress: (p) => this.deps.onScanProgress({ files: p.files, bytes: p.bytes }),
      });
      // A cancelled scan (the user, or a lock) records nothing and reads nothing more.
      let all: Finding[] = [];
      if (!result.cancelled) {
        await store.update((data) => recordScan(data, result, this.deps.clock()));
        const data = await store.read();
        all = findings(data, this.deps.clock()).filter((f) => f.rule === 'plaintext-copy');
      }
      const groups = new Map<string, ScanKeyGroup>();
      for (const hit of result.hits) {
        const group = groups.get(hit.keyId) ?? {
          keyId: hit.keyId,
          label: hit.label,
          hits: [],
          findings: all.filter((f) => f.keyId === hit.keyId),
        };
        group.hits.push(hitView(hit));
        groups.set(hit.keyId, group);
      }
      return {
        cancelled: result.cancelled,
        folders,
        files: result.stats.files,
        bytes: result.stats.bytes,
        tooShort: result.tooShort,
        unreadable: result.stats.unreadable,
        keys: [...groups.values()],
      };
    } finally {
      this.scan = null;
    }
  }

  cancelScan(): null {
    this.scan?.abort();
    return null;
  }
}

function hitView(h: ScanHit): ScanKeyGroup['hits'][number] {
  return {
    path: h.path,
    line: h.line,
    field: h.field,
    source: h.source,
    ...(h.repo !== undefined && { repo: h.repo }),
    ...(h.commit !== undefined && { commit: h.commit }),
    ...(h.blob !== undefined && { blob: h.blob }),
  };
}
