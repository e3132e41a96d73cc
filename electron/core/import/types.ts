// What an import parser returns: the keys a file holds, before labels are made unique.
// Invariant: entries carry secrets (they are on their way into the vault); problems never do.
import type { Provider } from '../../../shared/domain/exchange';

export const IMPORT_FORMATS = [
  'env',
  'freqtrade',
  'ccxt-json',
  'keepassxc-csv',
  'bitwarden-json',
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportEntry {
  /** The entry's own name in the source (KeePassXC title, Bitwarden name), when it has one. */
  name?: string;
  provider: Provider;
  /** '' for provider other. */
  host: string;
  apiKey: string;
  secret: string;
  passphrase?: string;
  /** Where in the file: "BINANCE_API_KEY", "exchange", "okx", "row 3", for messages. */
  origin: string;
}

export interface ImportProblem {
  /** The entry as the file names it (never a value). */
  label: string;
  reason: string;
}

export interface ParsedImport {
  format: ImportFormat;
  entries: ImportEntry[];
  problems: ImportProblem[];
}

/** Thrown for input that is not the format at all: nothing can be imported from it. */
export class ImportFormatError extends Error {}
