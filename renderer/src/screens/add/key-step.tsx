// Step 1 of the add form: the exchange and the key it shows once (API key, secret, and the
// OKX passphrase), first, so nothing else stands between the paste and saving it; then
// "Save now, finish the details later". Invariant: the secret and passphrase are the form's
// state only (AddKey), passed down, never stored here.
import { useTranslation } from 'react-i18next';
import { CREDENTIALS } from '../../../../shared/domain/credentials';
import { PROVIDERS, type KeyType, type Provider } from '../../../../shared/domain/exchange';
import { KeyMaterialFields } from '../key-form/credential-fields';
import { SelectField } from '../key-form/fields';

export type Kind = 'hmac' | 'ed25519';

export interface KeyMaterial {
  apiKey: string;
  secret: string;
  passphrase: string;
  withPassphrase: boolean;
}

export function KeyStep({
  provider,
  onProvider,
  kind,
  onKind,
  keyType,
  onKeyType,
  material,
  onMaterial,
  tried,
  busy,
  onSaveNow,
}: {
  provider: Provider;
  onProvider: (provider: Provider) => void;
  kind: Kind;
  onKind: (kind: Kind) => void;
  keyType: KeyType;
  onKeyType: (keyType: KeyType) => void;
  material: KeyMaterial;
  onMaterial: (patch: Partial<KeyMaterial>) => void;
  tried: boolean;
  busy: boolean;
  onSaveNow: () => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{t('addForm.stepKey')}</legend>
      <SelectField
        id="add-provider"
        label={t('add.provider')}
        value={provider}
        options={PROVIDERS}
        optionLabel={(p) => t(`provider.${p}`)}
        onChange={onProvider}
      />
      <div role="radiogroup" aria-label={t('add.kind')} className="stack">
        {(['hmac', 'ed25519'] as const).map((k) => (
          <label key={k} className="check">
            <input
              type="radio"
              name="kind"
              value={k}
              checked={kind === k}
              onChange={() => onKind(k)}
            />
            {k === 'hmac' ? t('add.kindHmac') : t('add.kindEd25519')}
          </label>
        ))}
      </div>
      {kind === 'hmac' && (
        <>
          <div className="notice warn" role="note">
            <strong>{t('add.onceTitle')}</strong>
            {t('add.onceBody')}
          </div>
          {provider !== 'coinbase' && CREDENTIALS[provider].keyTypes.length > 1 && (
            <SelectField
              id="add-keytype"
              label={t('credentials.keyType')}
              value={keyType}
              options={CREDENTIALS[provider].keyTypes.filter((k) => k !== 'ecdsa')}
              optionLabel={(k) => t(`keyType.${k}`)}
              onChange={onKeyType}
            />
          )}
          <KeyMaterialFields
            idPrefix="add"
            provider={provider}
            keyType={provider === 'coinbase' ? undefined : keyType}
            apiKey={material.apiKey}
            secret={material.secret}
            passphrase={material.passphrase}
            withPassphrase={material.withPassphrase}
            onApiKeyChange={(apiKey) => onMaterial({ apiKey })}
            onSecretChange={(secret) => onMaterial({ secret })}
            onPassphraseChange={(passphrase) => onMaterial({ passphrase })}
            onWithPassphraseChange={(withPassphrase) => onMaterial({ withPassphrase })}
            tried={tried}
          />
          <div className="row">
            <button
              type="button"
              onClick={onSaveNow}
              disabled={busy}
              aria-describedby="add-save-now-hint"
            >
              {t('addForm.saveNow')}
            </button>
          </div>
          <p className="hint" id="add-save-now-hint">
            {t('addForm.saveNowHint')}
          </p>
        </>
      )}
    </fieldset>
  );
}
