// The fields that change with the exchange (issue 10): environment and API host, the exchange's
// other permission switches (extras), and the key material as the exchange issues it (Coinbase:
// a key name and a multi-line private key; OKX: an API passphrase), with format hints that
// never refuse. Invariant: the secret and the API passphrase live only in the calling form's
// state, masked, until submit.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CREDENTIALS,
  credentialHints,
  environmentsFor,
  extraName,
  hostsFor,
  type Environment,
} from '../../../../shared/domain/credentials';
import type { KeyType, Provider } from '../../../../shared/domain/exchange';
import { cleanPastedApiKey, cleanPastedSecret } from '../../../../shared/domain/key-paste';
import type { Finding } from '../../../../shared/findings';
import { SeverityBadge } from '../../components/badges';
import { findingTexts } from '../../lib/finding-text';
import { SelectField } from './fields';
import { formatHintKeys, KeyMaterialNotes } from './key-material-notes';
import { SecretInput } from './secret-input';

export function EnvironmentHostFields({
  idPrefix,
  provider,
  environment,
  host,
  onChange,
}: {
  idPrefix: string;
  provider: Provider;
  environment: Environment;
  host: string;
  onChange: (next: { environment: Environment; host: string }) => void;
}) {
  const { t } = useTranslation();
  const hosts = hostsFor(provider, environment);
  return (
    <div className="grid-2">
      <SelectField
        id={`${idPrefix}-environment`}
        label={t('credentials.environment')}
        value={environment}
        options={environmentsFor(provider)}
        optionLabel={(e) => t(`credentials.env.${e}`)}
        onChange={(next) =>
          onChange({ environment: next, host: hostsFor(provider, next)[0] ?? '' })
        }
      />
      {provider === 'other' ? (
        <p className="hint">{t('credentials.noHost')}</p>
      ) : (
        <div>
          <SelectField
            id={`${idPrefix}-host`}
            label={t('credentials.host')}
            value={hosts.includes(host) ? host : (hosts[0] ?? '')}
            options={hosts}
            optionLabel={(h) => h}
            onChange={(next) => onChange({ environment, host: next })}
          />
          {hosts.length > 1 && <div className="hint">{t('credentials.hostHint')}</div>}
        </div>
      )}
    </div>
  );
}

/** The exchange's switches beyond the four; each unneeded one shows its finding at once. */
export function ExtrasPicker({
  provider,
  extras,
  findings,
  onChange,
}: {
  provider: Provider;
  extras: readonly string[];
  findings: readonly Finding[];
  onChange: (next: string[]) => void;
}) {
  const { t } = useTranslation();
  const offered = CREDENTIALS[provider].extras;
  if (offered.length === 0) return null;
  return (
    <fieldset className="stack" data-testid="extras">
      <legend>{t('credentials.extras')}</legend>
      <p className="hint">{t('credentials.extrasHint')}</p>
      {offered.map((id) => {
        const on = extras.includes(id);
        const caused = on
          ? findings.filter((f) => f.rule === 'excess-extra' && f.subject === id)
          : [];
        return (
          <div key={id} className="perm">
            <label className="check">
              <input
                type="checkbox"
                name={`extra-${id}`}
                checked={on}
                onChange={(e) =>
                  onChange(e.target.checked ? [...extras, id] : extras.filter((x) => x !== id))
                }
              />
              <span>{extraName(id)}</span>
            </label>
            <div aria-live="polite">
              {caused.map((f) => (
                <p key={f.rule} className={`finding sev-${f.severity}`} data-rule={f.rule}>
                  <SeverityBadge severity={f.severity} /> {findingTexts(f, t).message}
                </p>
              ))}
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}

/**
 * API key (Coinbase: key name), secret (a masked multi-line field for private keys) and, where
 * the exchange issues one, the API passphrase, masked like the secret. Ids:
 * `${idPrefix}-apikey`, `-secret`, `-passphrase`.
 */
export function KeyMaterialFields({
  idPrefix,
  provider,
  keyType,
  apiKey,
  secret,
  passphrase,
  withPassphrase,
  onApiKeyChange,
  onSecretChange,
  onPassphraseChange,
  onWithPassphraseChange,
  tried,
}: {
  idPrefix: string;
  provider: Provider;
  keyType: KeyType | undefined;
  apiKey: string;
  secret: string;
  passphrase: string;
  withPassphrase: boolean;
  onApiKeyChange: (value: string) => void;
  onSecretChange: (value: string) => void;
  onPassphraseChange: (value: string) => void;
  onWithPassphraseChange: (value: boolean) => void;
  tried: boolean;
}) {
  const { t } = useTranslation();
  // Whitespace and line breaks copied along with a key are removed, and the form says so.
  const [stripped, setStripped] = useState({ apiKey: false, secret: false });
  const rule = CREDENTIALS[provider].passphrase;
  const asksPassphrase = rule === 'required' || (rule === 'optional' && withPassphrase);
  const coinbase = provider === 'coinbase';
  // Private keys (PEM) span several lines: a masked textarea keeps their line breaks.
  const multiLine = coinbase || keyType === 'rsa' || keyType === 'ed25519';
  const empty = (value: string) => tried && value.trim() === '';
  const hints = credentialHints({
    provider,
    keyType: keyType ?? (coinbase ? 'ecdsa' : 'hmac'),
    apiKey,
    secret,
    ...(asksPassphrase && { passphrase }),
  });
  const format = formatHintKeys(provider, keyType);
  const secretLabel = coinbase ? t('credentials.privateKey') : t('add.secret');
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-apikey`}>
          {coinbase ? t('credentials.keyName') : t('add.apiKey')}
        </label>
        <input
          id={`${idPrefix}-apikey`}
          type="text"
          className="mono"
          autoComplete="off"
          spellCheck={false}
          value={apiKey}
          aria-invalid={empty(apiKey)}
          onChange={(e) => {
            const cleaned = cleanPastedApiKey(e.target.value);
            setStripped((s) => ({ ...s, apiKey: cleaned.stripped }));
            onApiKeyChange(cleaned.value);
          }}
        />
        {coinbase && <div className="hint">{t('credentials.keyNameHint')}</div>}
        {format.apiKey && <div className="hint">{t(format.apiKey)}</div>}
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-secret`}>{secretLabel}</label>
        <SecretInput
          id={`${idPrefix}-secret`}
          label={secretLabel}
          multiLine={multiLine}
          value={secret}
          invalid={empty(secret)}
          onChange={(value) => {
            const cleaned = cleanPastedSecret(value);
            setStripped((s) => ({ ...s, secret: cleaned.stripped }));
            onSecretChange(cleaned.value);
          }}
        />
        {coinbase && <div className="hint">{t('credentials.privateKeyHint')}</div>}
        {format.secret && <div className="hint">{t(format.secret)}</div>}
      </div>
      <KeyMaterialNotes
        provider={provider}
        keyType={keyType}
        apiKey={apiKey}
        secret={secret}
        stripped={stripped}
      />
      {rule === 'optional' && (
        <label className="check">
          <input
            type="checkbox"
            name="with-passphrase"
            checked={withPassphrase}
            onChange={(e) => onWithPassphraseChange(e.target.checked)}
          />
          {t('credentials.withPassphrase')}
        </label>
      )}
      {asksPassphrase && (
        <div className="field">
          <label htmlFor={`${idPrefix}-passphrase`}>{t('credentials.passphrase')}</label>
          <SecretInput
            id={`${idPrefix}-passphrase`}
            label={t('credentials.passphrase')}
            multiLine={false}
            value={passphrase}
            invalid={empty(passphrase)}
            describedBy={`${idPrefix}-passphrase-hint`}
            onChange={onPassphraseChange}
          />
          <div className="hint" id={`${idPrefix}-passphrase-hint`}>
            {t('credentials.passphraseHint')}
          </div>
        </div>
      )}
      {hints.length > 0 && (
        <div className="notice" role="note" data-testid="credential-hints">
          {t('credentials.hintTitle')}
          <ul>
            {hints.map((h) => (
              <li key={h}>{t(`credentials.hint.${h}`)}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

/** Whether the form must ask for an API passphrase. */
export function asksPassphrase(provider: Provider, withPassphrase: boolean): boolean {
  const rule = CREDENTIALS[provider].passphrase;
  return rule === 'required' || (rule === 'optional' && withPassphrase);
}
