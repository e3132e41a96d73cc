// Add a key: provider and use case first (the use case pre-sets least-privilege
// permissions), live findings as the user ticks permissions or types IPs, the service, then
// the key itself with the "shown only once" notice, or a generated Ed25519 pair.
// Invariant: the secret lives in this component's state only until submit, then is cleared.
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_ROTATION_DAYS,
  PROVIDERS,
  USE_CASES,
  defaultPermissions,
  type Permissions,
  type Provider,
  type UseCase,
} from '../../../shared/domain/exchange';
import type { KeygenReply } from '../../../shared/ipc/views';
import { FindingList } from '../components/finding-list';
import { api, call, errorText } from '../lib/api';
import { draftFindings, knownVault } from '../lib/draft-findings';
import { useVault } from '../store/vault-store';
import { useView } from '../store/view-store';
import { IpField, ipLines, ipProblems } from './add/ip-field';
import { PemResult } from './add/pem-result';
import { PermissionPicker } from './add/permission-picker';
import { ServiceField } from './add/service-field';

type Kind = 'hmac' | 'ed25519';

export function AddKey() {
  const { t } = useTranslation();
  const keys = useVault((s) => s.keys);
  const services = useVault((s) => s.services);
  const go = useView((s) => s.go);
  const notify = useView((s) => s.notify);

  const [provider, setProvider] = useState<Provider>('binance');
  const [useCase, setUseCase] = useState<UseCase>('portfolio-tracking');
  const [permissions, setPermissions] = useState<Permissions>(() =>
    defaultPermissions('portfolio-tracking'),
  );
  const [label, setLabel] = useState('');
  const [account, setAccount] = useState('');
  const [ipText, setIpText] = useState('');
  const [service, setService] = useState('');
  const [rotationDays, setRotationDays] = useState(String(DEFAULT_ROTATION_DAYS));
  const [notes, setNotes] = useState('');
  const [kind, setKind] = useState<Kind>('hmac');
  const [apiKey, setApiKey] = useState('');
  const [secret, setSecret] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [generated, setGenerated] = useState<KeygenReply | null>(null);

  const vault = useMemo(() => knownVault(keys, services), [keys, services]);
  const days = Number(rotationDays);
  const daysValid = Number.isInteger(days) && days >= 1 && days <= 3650;
  const live = useMemo(
    () =>
      draftFindings(
        {
          label: label.trim() === '' ? 'New key' : label,
          provider,
          account,
          useCase,
          permissions,
          ipWhitelist: ipLines(ipText),
          serviceName: service,
          ...(daysValid && { rotationIntervalDays: days }),
        },
        vault,
        new Date(),
      ),
    [label, provider, account, useCase, permissions, ipText, service, days, daysValid, vault],
  );

  if (generated) {
    return (
      <PemResult reply={generated} onOpen={() => go({ name: 'key', keyId: generated.key.id })} />
    );
  }

  const ipBad = ipProblems(ipText).length > 0;
  const labelBad = label.trim() === '';
  const keyBad = kind === 'hmac' && (apiKey.trim() === '' || secret.trim() === '');
  const invalid = ipBad || labelBad || keyBad || !daysValid;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (invalid) return setError(t('add.invalidForm'));
    setBusy(true);
    setError(null);
    const fields = {
      label: label.trim(),
      provider,
      useCase,
      permissions,
      ipWhitelist: ipLines(ipText),
      rotationIntervalDays: days,
      ...(account.trim() !== '' && { account: account.trim() }),
      ...(service.trim() !== '' && { service: service.trim() }),
      ...(notes.trim() !== '' && { notes }),
    };
    try {
      if (kind === 'ed25519') {
        const reply = await call(api().keys.generate(fields));
        await useVault.getState().load();
        setGenerated(reply);
        return;
      }
      const request = { ...fields, keyType: 'hmac' as const, apiKey: apiKey.trim(), secret };
      const saved = await call(api().keys.add(request));
      // Saved and encrypted: drop the secret from this screen's state at once. (On failure it
      // stays, so a secret the exchange shows only once is not lost to a typo elsewhere.)
      setSecret('');
      setApiKey('');
      await useVault.getState().load();
      go({ name: 'key', keyId: saved.id });
      notify({ kind: 'info', text: t('add.saved', { label: saved.label }) });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="add-title" noValidate>
      <h1 id="add-title">{t('add.title')}</h1>
      <fieldset>
        <legend>{t('add.step1')}</legend>
        <div className="grid-2">
          <div className="field">
            <label htmlFor="add-provider">{t('add.provider')}</label>
            <select
              id="add-provider"
              value={provider}
              onChange={(e) => setProvider(e.target.value as Provider)}
            >
              {PROVIDERS.map((p) => (
                <option key={p} value={p}>
                  {t(`provider.${p}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="add-usecase">{t('add.useCase')}</label>
            <select
              id="add-usecase"
              value={useCase}
              onChange={(e) => {
                const next = e.target.value as UseCase;
                setUseCase(next);
                setPermissions(defaultPermissions(next));
              }}
            >
              {USE_CASES.map((u) => (
                <option key={u} value={u}>
                  {t(`useCase.${u}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="add-label">{t('add.label')}</label>
            <input
              id="add-label"
              type="text"
              value={label}
              aria-invalid={tried && labelBad}
              aria-describedby="add-label-hint"
              onChange={(e) => setLabel(e.target.value)}
            />
            <div className="hint" id="add-label-hint">
              {t('add.labelHint')}
            </div>
            {tried && labelBad && <div className="error">{t('add.required')}</div>}
          </div>
          <div className="field">
            <label htmlFor="add-account">{t('add.account')}</label>
            <input
              id="add-account"
              type="text"
              value={account}
              onChange={(e) => setAccount(e.target.value)}
            />
          </div>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('add.step2')}</legend>
        <p className="muted">{t('add.presetNote', { useCase: t(`useCase.${useCase}`) })}</p>
        <PermissionPicker permissions={permissions} findings={live} onChange={setPermissions} />
      </fieldset>

      <fieldset>
        <legend>{t('add.step3')}</legend>
        <IpField id="add-ip" value={ipText} onChange={setIpText} />
        <ServiceField services={services} value={service} onChange={setService} />
        <div className="field">
          <label htmlFor="add-rotation">{t('add.rotationDays')}</label>
          <input
            id="add-rotation"
            type="number"
            min={1}
            max={3650}
            value={rotationDays}
            aria-invalid={!daysValid}
            onChange={(e) => setRotationDays(e.target.value)}
          />
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('add.step4')}</legend>
        <div role="radiogroup" aria-label={t('add.kind')} className="stack">
          {(['hmac', 'ed25519'] as const).map((k) => (
            <label key={k} className="check">
              <input
                type="radio"
                name="kind"
                value={k}
                checked={kind === k}
                onChange={() => setKind(k)}
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
            <div className="field">
              <label htmlFor="add-apikey">{t('add.apiKey')}</label>
              <input
                id="add-apikey"
                type="text"
                className="mono"
                autoComplete="off"
                spellCheck={false}
                value={apiKey}
                aria-invalid={tried && apiKey.trim() === ''}
                onChange={(e) => setApiKey(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor="add-secret">{t('add.secret')}</label>
              <input
                id="add-secret"
                type="password"
                className="mono"
                autoComplete="off"
                spellCheck={false}
                value={secret}
                aria-invalid={tried && secret.trim() === ''}
                onChange={(e) => setSecret(e.target.value)}
              />
            </div>
          </>
        )}
        <div className="field">
          <label htmlFor="add-notes">{t('add.notes')}</label>
          <textarea id="add-notes" value={notes} onChange={(e) => setNotes(e.target.value)} />
        </div>
      </fieldset>

      <section className="card" aria-labelledby="live-title" data-testid="live-findings">
        <h2 id="live-title">{t('add.liveFindings')}</h2>
        {live.length === 0 ? <p>{t('add.noLiveFindings')}</p> : <FindingList findings={live} />}
      </section>

      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('common.working') : kind === 'hmac' ? t('add.save') : t('add.generate')}
        </button>
        <button type="button" onClick={() => go({ name: 'list' })}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
