// Replies of the plaintext-keys channels (import.*, scan.*). Invariant: never a secret nor a
// whole API key: keys are shown by label, provider, host and masked API key; scan hits name
// the key, the field and the place, never any part of a value.
import type { Provider, UseCase } from '../domain/exchange';
import type { Finding } from '../findings/types';

export interface ImportPreviewKey {
  /** Pass back in import.commit to import this key. */
  index: number;
  label: string;
  provider: Provider;
  /** '' for provider other. */
  host: string;
  maskedApiKey: string;
  useCase: UseCase;
}

export interface ImportPreviewView {
  previewId: string;
  /** The file main's dialog returned (shown, and named in the closing advice). */
  file: string;
  format: string;
  keys: ImportPreviewKey[];
  /** Entries that cannot be imported, with the reason (never a value). */
  skipped: { label: string; reason: string }[];
}

export interface ImportResultView {
  imported: { id: string; label: string; provider: Provider }[];
  skipped: { label: string; reason: string }[];
  /** The source file, which still holds the secrets: the UI says what to do with it. */
  file: string;
}

export interface ScanHitView {
  path: string;
  line: number;
  field: 'apiKey' | 'secret' | 'passphrase';
  source: 'file' | 'history' | 'git';
  repo?: string;
  commit?: string;
  blob?: string;
}

export interface ScanKeyGroup {
  keyId: string;
  label: string;
  hits: ScanHitView[];
  /** The key's plaintext-copy findings after this scan: severity, message and fix. */
  findings: Finding[];
}

export interface ScanView {
  cancelled: boolean;
  folders: string[];
  files: number;
  bytes: number;
  /** Stored values shorter than 12 characters, not searched. */
  tooShort: number;
  /** Files and folders skipped as unreadable. */
  unreadable: number;
  keys: ScanKeyGroup[];
}
