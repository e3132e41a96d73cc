// `.env` files: NAME=value lines (optionally `export`, quoted), grouped by the prefix before
// _API_KEY / _API_SECRET / _SECRET_KEY / _API_PASSPHRASE / _PASSWORD. The provider comes
// from the prefix where it names an exchange (BINANCEUS_API_KEY -> binance on api.binance.us).
import { exchangeFromText } from './exchanges';
import { ImportFormatError, type ImportEntry, type ParsedImport } from './types';

const SUFFIXES: [RegExp, 'apiKey' | 'secret' | 'passphrase'][] = [
  [/^(.*?)_?API_?KEY$/, 'apiKey'],
  [/^(.*?)_?API_?SECRET(?:_?KEY)?$/, 'secret'],
  [/^(.*?)_?SECRET_?KEY$/, 'secret'],
  [/^(.*?)_?API_?PASSPHRASE$/, 'passphrase'],
  [/^(.*?)_?PASSPHRASE$/, 'passphrase'],
  [/^(.*?)_?PASSWORD$/, 'passphrase'],
];

function unquote(raw: string): string {
  const value = raw.trim();
  if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) {
    return value
      .slice(1, -1)
      .replace(/\\n/g, '\n')
      .replace(/\\(["\\])/g, '$1');
  }
  if (value.startsWith("'") && value.endsWith("'") && value.length >= 2) return value.slice(1, -1);
  return value.replace(/\s+#.*$/, '');
}

export function looksLikeEnv(text: string): boolean {
  return text
    .split(/\r?\n/)
    .some((line) => /^\s*(export\s+)?[A-Za-z_][A-Za-z0-9_]*(API_?KEY|SECRET_?KEY)\s*=/i.test(line));
}

export function parseEnv(text: string): ParsedImport {
  const groups = new Map<string, Partial<Record<'apiKey' | 'secret' | 'passphrase', string>>>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$/.exec(line);
    if (!m) continue;
    const name = m[1]!.toUpperCase();
    for (const [re, field] of SUFFIXES) {
      const s = re.exec(name);
      if (!s) continue;
      const prefix = s[1]!.replace(/_+$/, '');
      const group = groups.get(prefix) ?? {};
      group[field] ??= unquote(m[2]!);
      groups.set(prefix, group);
      break;
    }
  }
  const entries: ImportEntry[] = [];
  const problems = [];
  for (const [prefix, g] of groups) {
    const origin = prefix === '' ? 'API_KEY' : `${prefix}_API_KEY`;
    if (!g.apiKey && !g.secret) continue; // a lone *_PASSWORD is not a key
    if (!g.apiKey || !g.secret) {
      problems.push({
        label: prefix || '(no prefix)',
        reason: `the file has ${g.apiKey ? 'an API key but no secret' : 'a secret but no API key'} for ${prefix || 'this group'}`,
      });
      continue;
    }
    const target = exchangeFromText(prefix.replace(/_/g, ' '));
    entries.push({
      provider: target?.provider ?? 'other',
      host: target?.host ?? '',
      apiKey: g.apiKey,
      secret: g.secret,
      ...(g.passphrase && { passphrase: g.passphrase }),
      origin,
    });
  }
  if (entries.length === 0 && problems.length === 0) {
    throw new ImportFormatError(
      'no *_API_KEY / *_API_SECRET (or _SECRET_KEY) pair was found in this .env file',
    );
  }
  return { format: 'env', entries, problems };
}
