// plaintext-copy: a stored value found outside the vault by a scan (`keyward scan`). One
// finding per key and place (file, history file, or git repository); its severity follows the
// worst field found there and where: high for a secret or API passphrase, medium for an API key
// alone, critical in git history (it stays in every clone) or when the key can withdraw.
import type { KeyRecord } from '../domain/key-record';
import type { ScanHitField, ScanHitRecord } from '../domain/scan-record';
import type { Finding, Severity } from './types';

const FIELD_NAMES: Record<ScanHitField, string> = {
  secret: 'secret',
  passphrase: 'API passphrase',
  apiKey: 'API key',
};
const FIELD_ORDER: readonly ScanHitField[] = ['secret', 'passphrase', 'apiKey'];

const FIXES = {
  file: 'Delete the copy and keep the key only in Keyward (start the program with "keyward exec"); rotate the key if the file was ever shared, synced or backed up.',
  history:
    'Delete that line from the history (and the entry from the clipboard manager), then rotate the key if the history was synced or backed up.',
  git: "Rotate the key now: deleting the file does not remove it from the repository's history; then rewrite the history (e.g. git filter-repo) if the repository is shared.",
} as const;

type Key = Pick<KeyRecord, 'id' | 'label' | 'serviceId' | 'permissions'>;

export function plaintextCopyRule(key: Key, hits: readonly ScanHitRecord[]): Finding[] {
  const places = new Map<string, ScanHitRecord[]>();
  for (const hit of hits) {
    if (hit.keyId !== key.id) continue;
    const place =
      hit.source === 'git' ? `git:${hit.repo ?? hit.path}` : `${hit.source}:${hit.path}`;
    places.set(place, [...(places.get(place) ?? []), hit]);
  }
  const out: Finding[] = [];
  for (const [subject, list] of places) {
    const first = list.reduce((a, b) => (b.line < a.line ? b : a));
    const field = FIELD_ORDER.find((f) => list.some((h) => h.field === f))!;
    const secretLike = field !== 'apiKey';
    const severity: Severity =
      first.source === 'git' || key.permissions.withdrawals
        ? 'critical'
        : secretLike
          ? 'high'
          : 'medium';
    const name = FIELD_NAMES[field];
    let message: string;
    let variant: string;
    const params: Record<string, string | number> = { label: key.label, field };
    if (first.source === 'git') {
      const commit = list.find((h) => h.commit)?.commit;
      const ref = (commit ?? first.blob ?? '').slice(0, 12);
      variant = commit ? 'gitCommit' : 'gitBlob';
      params.repo = first.repo ?? first.path;
      params.ref = ref;
      message = `The ${name} of "${key.label}" is in the git history of ${params.repo} (${commit ? 'commit' : 'blob'} ${ref}): it stays in every clone even after the file is deleted.`;
    } else {
      variant = first.source;
      params.path = first.path;
      params.line = first.line;
      message =
        first.source === 'history'
          ? `The ${name} of "${key.label}" is in plain text in the history file ${first.path} (line ${first.line}).`
          : `The ${name} of "${key.label}" is in plain text in ${first.path} (line ${first.line}): whoever or whatever reads that file can use the key.`;
    }
    out.push({
      rule: 'plaintext-copy',
      severity,
      keyId: key.id,
      ...(key.serviceId ? { serviceId: key.serviceId } : {}),
      subject,
      message,
      fix: FIXES[first.source],
      text: { message: variant, fix: first.source, params },
    });
  }
  return out;
}
