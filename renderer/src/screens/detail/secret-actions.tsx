// One row per credential field of a key (API key, secret, API passphrase): the API key's
// fingerprint (first and last 4 characters; a secret or passphrase never gets one), Copy and
// Show. Copy: main writes the clipboard and clears it later; the top bar's chip shows the
// countdown. Show: the value for at most 30 s, then the store drops it. A secret (not the API
// key) is confirmed by main first, in its own dialog or passphrase window: this page never
// asks for the passphrase (page script could fake its fields).
import { useTranslation } from 'react-i18next';
import type { KeySummary } from '../../../../shared/ipc/views';
import { useNow } from '../../hooks/use-now';
import { useSecretCopy } from '../../hooks/use-secret-copy';
import { secondsLeft } from '../../lib/format';
import { useSecrets, type SecretField } from '../../store/secret-store';
import { ExecActions } from './exec-actions';

const FIELD_TEXT: Record<SecretField, { name: string; copy: string; show: string }> = {
  apiKey: { name: 'fields.apiKey', copy: 'fields.copyApiKey', show: 'fields.showApiKey' },
  secret: { name: 'fields.secret', copy: 'fields.copySecret', show: 'fields.showSecret' },
  passphrase: {
    name: 'fields.passphrase',
    copy: 'fields.copyPassphrase',
    show: 'fields.showPassphrase',
  },
};

export function CredentialRows({ keyInfo, live }: { keyInfo: KeySummary; live: boolean }) {
  const { t } = useTranslation();
  const revealed = useSecrets((s) => s.revealed);
  const { busy, confirming, run } = useSecretCopy();
  const mineRevealed = revealed?.keyId === keyInfo.id ? revealed : null;
  const now = useNow(Boolean(mineRevealed), 250);

  const copy = (field: SecretField) =>
    void run(field !== 'apiKey', () => useSecrets.getState().copy(keyInfo.id, field));
  const reveal = (field: SecretField) =>
    void run(field !== 'apiKey', () => useSecrets.getState().reveal(keyInfo.id, field));

  const fields: SecretField[] = live
    ? ['apiKey', 'secret', ...(keyInfo.hasPassphrase ? (['passphrase'] as const) : [])]
    : ['apiKey'];

  return (
    <div className="stack" data-testid="secret-actions">
      <div className="credential-rows" role="group" aria-label={t('fields.title')}>
        {fields.map((field) => {
          const text = FIELD_TEXT[field];
          const actions = live && (field !== 'apiKey' || keyInfo.hasApiKey);
          return (
            <div key={field} className="credential-row" data-testid={`field-${field}`}>
              <span className="credential-name">{t(text.name)}</span>
              <span className="credential-value">
                {field === 'apiKey' ? (
                  <>
                    <span className="mono" data-testid="fingerprint">
                      {keyInfo.fingerprint}
                    </span>{' '}
                    <span className="muted">{t('detail.fingerprintHint')}</span>
                  </>
                ) : (
                  <span className="muted">{t('fields.hidden')}</span>
                )}
              </span>
              <span className="credential-buttons">
                {actions && (
                  <>
                    <button
                      type="button"
                      aria-label={t(text.copy)}
                      onClick={() => copy(field)}
                      disabled={busy}
                    >
                      {t('fields.copy')}
                    </button>
                    <button
                      type="button"
                      aria-label={t(text.show)}
                      onClick={() => reveal(field)}
                      disabled={busy}
                    >
                      {t('fields.show')}
                    </button>
                  </>
                )}
              </span>
              {mineRevealed?.field === field && (
                <div className="credential-revealed" data-testid="revealed">
                  <p className="secret-box" data-testid="revealed-value">
                    {mineRevealed.value}
                  </p>
                  <div className="row">
                    <span className="countdown">
                      {t('detail.hidesIn', { seconds: secondsLeft(mineRevealed.hideAt, now) })}
                    </span>
                    <button type="button" onClick={() => useSecrets.getState().hide()}>
                      {t('detail.hide')}
                    </button>
                  </div>
                </div>
              )}
            </div>
          );
        })}
      </div>
      {confirming && (
        <p className="muted" role="status" data-testid="confirming">
          {t('detail.confirming')}
        </p>
      )}
      {live && <ExecActions keyInfo={keyInfo} run={run} busy={busy} />}
    </div>
  );
}
