// What the scan looks for: each stored value of each key, in the forms a value takes in files.
// Invariant: the values leave this module only as pattern bytes for the matcher; the labels,
// ids and field names travel beside them so a hit can be named without the value.
import type { KeyRecord } from '../../../shared/domain/key-record';

/** Values shorter than this are not searched: too many false hits. */
export const MIN_VALUE_LENGTH = 12;

export type ScanField = 'apiKey' | 'secret' | 'passphrase';

export interface PatternOwner {
  keyId: string;
  label: string;
  field: ScanField;
  /** A line of a PEM body: the lines of one copy are reported once, at its first line. */
  pemLine?: true;
}

export interface PatternSet {
  patterns: Uint8Array[];
  /** owners[i] says whose value patterns[i] is. */
  owners: PatternOwner[];
  /** Values not searched because they are shorter than MIN_VALUE_LENGTH. */
  tooShort: number;
}

type ScannableKey = Pick<KeyRecord, 'id' | 'label' | 'apiKey' | 'secret'> & {
  passphrase?: string | undefined;
};

const PEM = /-----BEGIN [A-Z0-9 ]+-----([\s\S]*?)-----END [A-Z0-9 ]+-----/;

/** A PEM's base64 body lines (at most the first four carrying key bytes), or null. */
export function pemBodyLines(value: string): string[] | null {
  const match = PEM.exec(value);
  if (!match) return null;
  const lines = match[1]!
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.includes(':'));
  return lines.filter((l) => l.length >= MIN_VALUE_LENGTH).slice(0, 4);
}

/** The forms a value takes in files: verbatim, JSON-escaped, percent-encoded. */
export function variantsOf(value: string): string[] {
  const forms = new Set<string>([value]);
  forms.add(JSON.stringify(value).slice(1, -1));
  forms.add(encodeURIComponent(value));
  // A form-encoded query writes spaces as '+'.
  forms.add(encodeURIComponent(value).replace(/%20/g, '+'));
  return [...forms];
}

export interface PatternOptions {
  /** Also the UTF-16 forms (Klipper and other Qt clipboard histories store QStrings). */
  utf16?: boolean;
}

export function buildPatterns(keys: readonly ScannableKey[], options: PatternOptions = {}) {
  const out: PatternSet = { patterns: [], owners: [], tooShort: 0 };
  const seen = new Set<string>();
  const add = (bytes: Buffer, owner: PatternOwner) => {
    const id = `${owner.keyId}\u0000${owner.field}\u0000${bytes.toString('latin1')}`;
    if (seen.has(id)) return;
    seen.add(id);
    out.patterns.push(bytes);
    out.owners.push(owner);
  };
  for (const key of keys) {
    const fields: [ScanField, string | undefined][] = [
      ['apiKey', key.apiKey],
      ['secret', key.secret],
      ['passphrase', key.passphrase],
    ];
    for (const [field, raw] of fields) {
      const value = raw?.trim() ?? '';
      if (value === '') continue;
      if (value.length < MIN_VALUE_LENGTH) {
        out.tooShort += 1;
        continue;
      }
      // A PEM key is found by its base64 body, whatever its line breaks or header became.
      const body = pemBodyLines(value);
      const owner: PatternOwner = {
        keyId: key.id,
        label: key.label,
        field,
        ...(body?.length && { pemLine: true as const }),
      };
      const forms = (body?.length ? body : [value]).flatMap(variantsOf);
      for (const form of forms) {
        add(Buffer.from(form, 'utf8'), owner);
        if (options.utf16) {
          const le = Buffer.from(form, 'utf16le');
          add(le, owner);
          add(Buffer.from(le).swap16(), owner);
        }
      }
    }
  }
  seen.clear();
  return out;
}
