// The CLI contract's JSON shape for a key (list --json, show --json). Never a secret or the
// API passphrase.
import type { KeySummary } from '../../../shared/domain/key-summary';

export function keyJson(key: KeySummary) {
  return {
    id: key.id,
    label: key.label,
    provider: key.provider,
    account: key.account,
    useCase: key.useCase,
    keyType: key.keyType,
    host: key.host,
    environment: key.environment,
    permissions: { ...key.permissions },
    extras: [...key.extras],
    /** Whether the key has an API passphrase; never the passphrase. */
    hasPassphrase: key.hasPassphrase,
    ipWhitelist: [...key.ipWhitelist],
    service: key.service,
    tags: [...key.tags],
    createdAt: key.createdAt,
    lastRotatedAt: key.lastRotatedAt,
    rotationDueAt: key.rotationDueAt,
  };
}
