// The values a scan looks for: every key still usable at its exchange (not revoked), and a
// rotation's pending new key under the same key's name.
import type { VaultData } from '../../../shared/domain/key-record';
import type { ScannableKey } from './scanner';

export function scannableKeys(data: VaultData): ScannableKey[] {
  const out: ScannableKey[] = [];
  for (const key of data.keys) {
    if (key.status === 'revoked') continue;
    const { passphrase } = key;
    out.push({ id: key.id, label: key.label, apiKey: key.apiKey, secret: key.secret, passphrase });
    const pending = key.rotation?.pending;
    if (pending) {
      out.push({
        id: key.id,
        label: key.label,
        apiKey: pending.apiKey,
        secret: pending.secret,
        passphrase: pending.passphrase,
      });
    }
  }
  return out;
}
