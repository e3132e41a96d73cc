// What the form says about pasted key material: the API key's fingerprint to compare with the
// exchange's page (never a fingerprint of a secret or passphrase), whitespace it removed, a key
// and secret that are the same or look swapped, and each exchange's usual format. Hints and
// warnings only, never a refusal: exchanges change their formats.
import { useTranslation } from 'react-i18next';
import { apiKeyFingerprint } from '../../../../shared/domain/fingerprint';
import type { KeyType, Provider } from '../../../../shared/domain/exchange';
import { keySecretMixup } from '../../../../shared/domain/key-paste';

/** The i18n keys of the exchange's usual API key and secret formats (none: no line). */
export function formatHintKeys(
  provider: Provider,
  keyType: KeyType | undefined,
): { apiKey?: string; secret?: string } {
  const pem = keyType === 'rsa' || keyType === 'ed25519' ? 'addForm.format.pem' : undefined;
  const pair = (name: string) => ({
    apiKey: `addForm.format.${name}ApiKey`,
    secret: pem ?? `addForm.format.${name}Secret`,
  });
  switch (provider) {
    case 'binance':
      return pair('binance');
    case 'okx':
      return pair('okx');
    case 'bybit':
      return pair('bybit');
    case 'kraken':
      return pair('kraken');
    default:
      return {};
  }
}

/** Shown under the key material fields; an aria-live region so a paste is announced. */
export function KeyMaterialNotes({
  provider,
  keyType,
  apiKey,
  secret,
  stripped,
}: {
  provider: Provider;
  keyType: KeyType | undefined;
  apiKey: string;
  secret: string;
  stripped: { apiKey: boolean; secret: boolean };
}) {
  const { t } = useTranslation();
  const mixup = keySecretMixup({ provider, keyType, apiKey, secret });
  const key = apiKey.trim();
  return (
    <div aria-live="polite" className="stack">
      {key.length >= 12 && (
        <p className="hint" data-testid="apikey-fingerprint">
          {t('addForm.fingerprint', { fingerprint: apiKeyFingerprint(key) })}
        </p>
      )}
      {stripped.apiKey && <p className="hint">{t('addForm.strippedApiKey')}</p>}
      {stripped.secret && <p className="hint">{t('addForm.strippedSecret')}</p>}
      {mixup && (
        <p className="notice warn" data-testid="key-mixup">
          {mixup === 'same' ? t('addForm.mixupSame') : t('addForm.mixupSwapped')}
        </p>
      )}
    </div>
  );
}
