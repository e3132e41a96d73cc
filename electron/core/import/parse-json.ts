// JSON formats: freqtrade's config (JSON with comments), ccxt-style credentials
// ({ exchangeId: { apiKey, secret, password } }), and Bitwarden's unencrypted JSON export.
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { exchangeFromId, exchangeFromText } from './exchanges';
import {
  ImportFormatError,
  type ImportEntry,
  type ImportProblem,
  type ParsedImport,
} from './types';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/** JSON, with comments and trailing commas allowed; null when it is not JSON at all. */
export function readJsonc(text: string): unknown {
  const errors: ParseError[] = [];
  const value: unknown = parseJsonc(text, errors, { allowTrailingComma: true });
  return errors.length > 0 ? null : value;
}

export function isFreqtrade(value: unknown): boolean {
  return isObj(value) && isObj(value.exchange) && typeof value.exchange.name === 'string';
}

export function isBitwarden(value: unknown): boolean {
  return isObj(value) && Array.isArray(value.items) && 'encrypted' in value;
}

export function isCcxt(value: unknown): boolean {
  return (
    isObj(value) && Object.values(value).some((v) => isObj(v) && ('apiKey' in v || 'secret' in v))
  );
}

function entry(
  target: { provider: ImportEntry['provider']; host: string } | null,
  apiKey: string,
  secret: string,
  passphrase: string,
  origin: string,
  name?: string,
): ImportEntry {
  return {
    ...(name && { name }),
    provider: target?.provider ?? 'other',
    host: target?.host ?? '',
    apiKey,
    secret,
    ...(passphrase && { passphrase }),
    origin,
  };
}

export function parseFreqtrade(text: string): ParsedImport {
  const value = readJsonc(text);
  if (!isFreqtrade(value)) {
    throw new ImportFormatError(
      'this is not a freqtrade config: it needs an "exchange" object with a "name" (comments are fine)',
    );
  }
  const ex = (value as { exchange: Obj }).exchange;
  const id = str(ex.name);
  const apiKey = str(ex.key);
  const secret = str(ex.secret);
  if (!apiKey || !secret) {
    throw new ImportFormatError(
      `the config's exchange "${id}" has no key and secret (they may already come from the environment)`,
    );
  }
  return {
    format: 'freqtrade',
    entries: [entry(exchangeFromId(id), apiKey, secret, str(ex.password), `exchange ${id}`)],
    problems: [],
  };
}

export function parseCcxt(text: string): ParsedImport {
  const value = readJsonc(text);
  if (!isCcxt(value)) {
    throw new ImportFormatError(
      'this is not ccxt-style JSON: expected { "<exchange id>": { "apiKey": ..., "secret": ... } }',
    );
  }
  const entries: ImportEntry[] = [];
  const problems: ImportProblem[] = [];
  for (const [id, v] of Object.entries(value as Obj)) {
    if (!isObj(v)) continue;
    const apiKey = str(v.apiKey);
    const secret = str(v.secret);
    if (!apiKey || !secret) {
      problems.push({ label: id, reason: `"${id}" lacks ${apiKey ? 'its secret' : 'its apiKey'}` });
      continue;
    }
    const target = exchangeFromId(id);
    entries.push(entry(target, apiKey, secret, str(v.password), id));
  }
  return { format: 'ccxt-json', entries, problems };
}

interface BitwardenField {
  name?: unknown;
  value?: unknown;
}

export function parseBitwarden(text: string): ParsedImport {
  const value = readJsonc(text);
  if (!isBitwarden(value)) {
    throw new ImportFormatError(
      'this is not a Bitwarden JSON export: expected { "encrypted": false, "items": [...] }',
    );
  }
  const root = value as { encrypted: unknown; items: unknown[] };
  if (root.encrypted === true) {
    throw new ImportFormatError(
      'this Bitwarden export is encrypted: export again choosing "JSON" (not "JSON (Encrypted)"), import, then delete the file',
    );
  }
  const entries: ImportEntry[] = [];
  const problems: ImportProblem[] = [];
  for (const raw of root.items) {
    if (!isObj(raw)) continue;
    const name = str(raw.name);
    const login = isObj(raw.login) ? raw.login : {};
    const uris = Array.isArray(login.uris)
      ? login.uris.map((u) => (isObj(u) ? str(u.uri) : ''))
      : [];
    const fields = (Array.isArray(raw.fields) ? raw.fields : []).filter(isObj) as BitwardenField[];
    const field = (re: RegExp) => str(fields.find((f) => re.test(str(f.name)))?.value);
    const target = exchangeFromText(...uris, name, ...fields.map((f) => str(f.name)));
    if (!target) continue; // not an exchange entry
    const apiKey = field(/api.?key|^key$/i) || str(login.username);
    const secret = field(/secret/i) || str(login.password);
    const passphrase = field(/passphrase/i);
    if (!apiKey || !secret) {
      problems.push({
        label: name || '(unnamed item)',
        reason: 'no API key and secret in the item',
      });
      continue;
    }
    entries.push(entry(target, apiKey, secret, passphrase, name || 'item', name || undefined));
  }
  if (entries.length === 0 && problems.length === 0) {
    throw new ImportFormatError('no item of this Bitwarden export names an exchange');
  }
  return { format: 'bitwarden-json', entries, problems };
}
