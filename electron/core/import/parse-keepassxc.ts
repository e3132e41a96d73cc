// KeePassXC's CSV export: "Group","Title","Username","Password","URL","Notes" (then "TOTP",
// "Icon", "Last Modified", "Created"). An entry whose title, URL or notes name an exchange is
// a key: Username = API key, Password = secret; an API passphrase, if any, on a notes line
// "passphrase: ...".
import { parse } from 'csv-parse/sync';
import { exchangeFromText } from './exchanges';
import {
  ImportFormatError,
  type ImportEntry,
  type ImportProblem,
  type ParsedImport,
} from './types';

const REQUIRED = ['Title', 'Username', 'Password'];

export function looksLikeKeepassxc(text: string): boolean {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return REQUIRED.every((c) => header.includes(`"${c}"`) || header.split(',').includes(c));
}

export function parseKeepassxc(text: string): ParsedImport {
  let rows: Record<string, string>[];
  try {
    rows = parse(text.replace(/^\uFEFF/, ''), {
      columns: true,
      skip_empty_lines: true,
      relax_column_count: true,
    });
  } catch {
    throw new ImportFormatError(
      'this CSV cannot be read (unbalanced quotes?): export it again from KeePassXC (Database > Export > CSV File)',
    );
  }
  if (rows.length > 0 && !REQUIRED.every((c) => c in rows[0]!)) {
    throw new ImportFormatError(
      `this is not a KeePassXC CSV export: it needs the columns ${REQUIRED.join(', ')}`,
    );
  }
  const entries: ImportEntry[] = [];
  const problems: ImportProblem[] = [];
  rows.forEach((row, i) => {
    const title = (row.Title ?? '').trim();
    const notes = row.Notes ?? '';
    const target = exchangeFromText(row.URL, title, row.Group);
    if (!target) return;
    const apiKey = (row.Username ?? '').trim();
    const secret = (row.Password ?? '').trim();
    const passphrase = /^\s*(?:api\s*)?passphrase\s*[:=]\s*(.+?)\s*$/im.exec(notes)?.[1] ?? '';
    const label = title || `row ${i + 2}`;
    if (!apiKey || !secret) {
      problems.push({ label, reason: 'the entry has no API key (Username) or secret (Password)' });
      return;
    }
    entries.push({
      ...(title && { name: title }),
      provider: target.provider,
      host: target.host,
      apiKey,
      secret,
      ...(passphrase && { passphrase }),
      origin: label,
    });
  });
  if (entries.length === 0 && problems.length === 0) {
    throw new ImportFormatError('no entry of this KeePassXC export names an exchange');
  }
  return { format: 'keepassxc-csv', entries, problems };
}
