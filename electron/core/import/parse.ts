// Reads an import file in the given format, or the one its content shows.
import { looksLikeEnv, parseEnv } from './parse-env';
import {
  isBitwarden,
  isCcxt,
  isFreqtrade,
  parseBitwarden,
  parseCcxt,
  parseFreqtrade,
  readJsonc,
} from './parse-json';
import { looksLikeKeepassxc, parseKeepassxc } from './parse-keepassxc';
import { ImportFormatError, type ImportFormat, type ParsedImport } from './types';

export function detectFormat(text: string): ImportFormat | null {
  const json = readJsonc(text);
  if (json !== null && typeof json === 'object') {
    if (isBitwarden(json)) return 'bitwarden-json';
    if (isFreqtrade(json)) return 'freqtrade';
    if (isCcxt(json)) return 'ccxt-json';
    return null;
  }
  if (looksLikeKeepassxc(text)) return 'keepassxc-csv';
  if (looksLikeEnv(text)) return 'env';
  return null;
}

const PARSERS: Record<ImportFormat, (text: string) => ParsedImport> = {
  env: parseEnv,
  freqtrade: parseFreqtrade,
  'ccxt-json': parseCcxt,
  'keepassxc-csv': parseKeepassxc,
  'bitwarden-json': parseBitwarden,
};

export function parseImport(text: string, format?: ImportFormat): ParsedImport {
  const chosen = format ?? detectFormat(text);
  if (!chosen) {
    throw new ImportFormatError(
      'the format of this file was not recognised: give it with --format env|freqtrade|ccxt-json|keepassxc-csv|bitwarden-json',
    );
  }
  return PARSERS[chosen](text);
}
