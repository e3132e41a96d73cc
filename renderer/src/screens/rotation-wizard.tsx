// DOMAIN.md's rotation in four steps: record (or generate) the new key, update the service,
// confirm it works, delete the old key at the exchange (finishing replaces the material).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CREDENTIALS } from '../../../shared/domain/credentials';
import { ROTATION_STEPS } from '../../../shared/domain/key-record';
import { DisabledReason, describedBy } from '../components/disabled-reason';
import { ExchangeLink } from '../components/exchange-link';
import type { RotationVerifyView } from '../../../shared/ipc/views';
import { api, call, errorText } from '../lib/api';
import { useVault } from '../store/vault-store';
import { formatDateTime } from '../lib/format';
import { useKeyDetail } from '../lib/use-key-detail';
import { useView } from '../store/view-store';
import { SetApiKeyForm } from './detail/set-api-key-form';
import { KeyMaterialFields } from './key-form/credential-fields';

export function RotationWizard({ keyId }: { keyId: string }) {
  const { t, i18n } = useTranslation();
  const go = useView((s) => s.go);
  const notify = useView((s) => s.notify);
  const { detail, missing, busy, act } = useKeyDetail(keyId);
  const [apiKey, setApiKey] = useState('');
  const [secret, setSecret] = useState('');
  // The new key's API passphrase (OKX; other when the key has one), cleared once recorded.
  const [passphrase, setPassphrase] = useState('');
  const [withPassphrase, setWithPassphrase] = useState<boolean | null>(null);
  const [verify, setVerify] = useState<RotationVerifyView | null>(null);

  if (missing) return <p className="notice error">{t('detail.notFound')}</p>;
  if (!detail) return <p>{t('app.loading')}</p>;
  const rotation = detail.rotation;
  const doneAt = (step: (typeof ROTATION_STEPS)[number]) => rotation?.steps[step];
  // A generated replacement has no API key until the exchange gives one; until then its
  // fingerprint is the public key's ("pub:…", shared/domain/key-summary.ts).
  const awaitingApiKey = Boolean(rotation?.newFingerprint?.startsWith('pub:'));
  const passphraseRule = CREDENTIALS[detail.provider].passphrase;
  const asksPassphrase =
    passphraseRule === 'required' ||
    (passphraseRule === 'optional' && (withPassphrase ?? detail.hasPassphrase));
  // Keys the exchange makes (HMAC; Coinbase's EC or Ed25519) are recorded; the others generated.
  const recorded = detail.keyType === 'hmac' || detail.provider === 'coinbase';

  // Why "Save the new key" is disabled, if it is (said beside the button).
  const recordWhy =
    apiKey.trim() === '' || secret === ''
      ? t('words.rotationWhy.newKey')
      : asksPassphrase && passphrase === ''
        ? t('words.rotationWhy.newPassphrase')
        : null;
  const record = async (event: FormEvent) => {
    event.preventDefault();
    const request = {
      keyId,
      apiKey: apiKey.trim(),
      secret,
      ...(asksPassphrase && { passphrase }),
    };
    const next = await act(() => api().rotation.record(request));
    if (next) {
      setApiKey('');
      setSecret('');
      setPassphrase('');
    }
  };
  const checkable = ['binance', 'okx', 'bybit', 'coinbase'].includes(detail.provider);
  const runVerify = async () => {
    try {
      setVerify(await call(api().rotation.verify({ keyId })));
      await useVault.getState().loadDetail(keyId);
    } catch (e) {
      notify({ kind: 'error', text: errorText(e) });
    }
  };
  const verifyResult = (ok: boolean, yes: string, no: string) =>
    verify && (
      <p className={ok ? 'notice' : 'notice error'} data-testid="rotation-verify">
        {ok ? t(yes) : t(no)}
      </p>
    );
  const finish = async () => {
    const next = await act(() => api().rotation.finish({ keyId }));
    if (next) {
      go({ name: 'key', keyId });
      notify({ kind: 'info', text: t('rotation.finished') });
    }
  };

  return (
    <section aria-labelledby="rotation-title" data-testid="rotation">
      <h1 id="rotation-title">{t('rotation.title', { label: detail.label })}</h1>
      <p>{t('rotation.intro')}</p>
      {!rotation ? (
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => void act(() => api().rotation.start({ keyId }))}
        >
          {t('rotation.start')}
        </button>
      ) : (
        <>
          <ol className="steps">
            {ROTATION_STEPS.map((step, i) => {
              const n = i + 1;
              const at = doneAt(step);
              const previousDone = i === 0 || Boolean(doneAt(ROTATION_STEPS[i - 1]!));
              const previousWhy = previousDone ? null : t('words.rotationWhy.previous');
              const finishWhy =
                previousWhy ?? (awaitingApiKey ? t('words.rotationWhy.awaitingApiKey') : null);
              return (
                <li key={step} className={at ? 'done' : undefined} data-step={step}>
                  <h2>
                    {n}. {t(`rotation.steps.${n}.title`)}
                  </h2>
                  <p className="muted">{t(`rotation.steps.${n}.detail`)}</p>
                  {(step === 'new-key-created' || step === 'old-key-deleted') && !at && (
                    <ExchangeLink provider={detail.provider} />
                  )}
                  {at && (
                    <p className="when">
                      {t('rotation.doneAt', { time: formatDateTime(at, i18n.language) })}
                    </p>
                  )}
                  {step === 'new-key-created' && rotation.newFingerprint && (
                    <p className="mono">
                      {t('rotation.newFingerprint', { fp: rotation.newFingerprint })}
                    </p>
                  )}
                  {step === 'new-key-created' && rotation.newPublicKeyPem && (
                    <>
                      <p>{t('add.pemBody')}</p>
                      <pre className="secret-box" data-testid="rotation-pem">
                        {rotation.newPublicKeyPem}
                      </pre>
                      {awaitingApiKey && (
                        <SetApiKeyForm
                          keyId={keyId}
                          id="rot-new-apikey"
                          label={t('rotation.newApiKey')}
                          reload={() => useVault.getState().loadDetail(keyId)}
                        />
                      )}
                    </>
                  )}
                  {step === 'new-key-created' && !at && recorded && (
                    <form onSubmit={(e) => void record(e)}>
                      <div className="notice warn">{t('add.onceBody')}</div>
                      <div className="grid-2">
                        <KeyMaterialFields
                          idPrefix="rot"
                          provider={detail.provider}
                          keyType={detail.provider === 'coinbase' ? undefined : detail.keyType}
                          apiKey={apiKey}
                          secret={secret}
                          passphrase={passphrase}
                          withPassphrase={asksPassphrase}
                          onApiKeyChange={setApiKey}
                          onSecretChange={setSecret}
                          onPassphraseChange={setPassphrase}
                          onWithPassphraseChange={setWithPassphrase}
                          tried={false}
                        />
                      </div>
                      <button
                        type="submit"
                        className="primary"
                        disabled={busy || recordWhy !== null}
                        aria-describedby={describedBy('rot-record-why', recordWhy)}
                      >
                        {t('rotation.recordNew')}
                      </button>
                      <DisabledReason id="rot-record-why" reason={recordWhy} />
                    </form>
                  )}
                  {step === 'new-key-created' && !at && !recorded && (
                    <button
                      type="button"
                      className="primary"
                      disabled={busy}
                      onClick={() => void act(() => api().rotation.generate({ keyId }))}
                    >
                      {t('rotation.generateNew')}
                    </button>
                  )}
                  {(step === 'service-updated' || step === 'confirmed-working') && !at && (
                    <>
                      <button
                        type="button"
                        disabled={busy || !previousDone}
                        aria-describedby={describedBy(`rot-${step}-why`, previousWhy)}
                        onClick={() => void act(() => api().rotation.step({ keyId, step }))}
                      >
                        {t('rotation.markDone')}
                        <span className="visually-hidden">
                          {t('words.colon')}
                          {t(`rotation.steps.${n}.title`)}
                        </span>
                      </button>
                      <DisabledReason id={`rot-${step}-why`} reason={previousWhy} />
                    </>
                  )}
                  {step === 'confirmed-working' &&
                    verifyResult(
                      verify?.newAccepted === true,
                      'rotation.verifyNewOk',
                      'rotation.verifyNewBad',
                    )}
                  {step === 'old-key-deleted' &&
                    verifyResult(
                      verify?.oldRejected === true,
                      'rotation.verifyOldOk',
                      'rotation.verifyOldBad',
                    )}
                  {step === 'old-key-deleted' && !at && checkable && rotation.newFingerprint && (
                    <button type="button" disabled={busy} onClick={() => void runVerify()}>
                      {t('rotation.verify')}
                    </button>
                  )}
                  {step === 'old-key-deleted' && !at && (
                    <>
                      <button
                        type="button"
                        className="primary"
                        disabled={busy || finishWhy !== null}
                        aria-describedby={describedBy('rot-finish-why', finishWhy)}
                        onClick={() => void finish()}
                      >
                        {t('rotation.finish')}
                      </button>
                      <DisabledReason id="rot-finish-why" reason={finishWhy} />
                    </>
                  )}
                </li>
              );
            })}
          </ol>
          <div className="row">
            <button
              type="button"
              disabled={busy}
              onClick={() => void act(() => api().rotation.abandon({ keyId }))}
            >
              {t('rotation.abandon')}
            </button>
            <button type="button" onClick={() => go({ name: 'key', keyId })}>
              {t('common.back')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
