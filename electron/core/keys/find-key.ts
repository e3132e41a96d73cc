// How a key is named on the command line and in requests: by id, then exact label, then
// label ignoring case. Kept free of zod so `keyward get`'s quick path stays small.
import type { KeyRecord, VaultData } from '../../../shared/domain/key-record';

export function findKeyOrNull(data: Pick<VaultData, 'keys'>, ref: string): KeyRecord | null {
  const wanted = ref.trim();
  return (
    data.keys.find((k) => k.id === wanted) ??
    data.keys.find((k) => k.label === wanted) ??
    data.keys.find((k) => k.label.toLowerCase() === wanted.toLowerCase()) ??
    null
  );
}
