// Add a key: the key the exchange shows once comes first (API key, secret, the OKX passphrase),
// with "Save now, finish the details later"; then the use case (it pre-sets least-privilege
// permissions), live findings as the user ticks permissions or types IPs, and the service
// (checked in a dialog, never by leaving the form). Or a generated Ed25519 pair.
// The exchange decides the rest (issue 10): its environments and hosts, its own permission
// names and other switches, and the key material it issues.
// Invariants: the secret and the API passphrase live in this component's state only until
// submit, then are cleared. While they are held, leaving the form asks first and the idle
// lock waits (draft-guard.ts); a lock that does not wait discards them.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CREDENTIALS,
  defaultHost,
  normalizeTrade,
  type Environment,
} from '../../../shared/domain/credentials';
import {
  DEFAULT_ROTATION_DAYS,
  defaultPermissions,
  type KeyType,
  type Permissions,
  type Provider,
  type UseCase,
} from '../../../shared/domain/exchange';
import type { KeygenReply } from '../../../shared/ipc/views';
import { FormError } from '../components/form-error';
import { api, call, errorText } from '../lib/api';
import { TagsField, tagList } from './key-form/tags-field';
import { unsafeTextError } from '../lib/text-check';
import { useDraftGuard } from '../store/draft-guard';
import { useVault } from '../store/vault-store';
import { useView } from '../store/view-store';
import { AutoLockWarning } from './add/auto-lock-warning';
import { autoLabel } from './add/auto-label';
import { DiscardSecretDialog } from './add/discard-dialog';
import { IpField, ipLines, ipProblems } from './add/ip-field';
import { KeyStep, type KeyMaterial, type Kind } from './add/key-step';
import { PemResult } from './add/pem-result';
import { PermissionPicker } from './add/permission-picker';
import { ServiceCheckDialog } from './add/service-check-dialog';
import { findService, ServiceField } from './add/service-field';
import { useLiveFindings } from './add/use-live-findings';
import { asksPassphrase, EnvironmentHostFields, ExtrasPicker } from './key-form/credential-fields';
import {
  LiveFindingList,
  NotesField,
  RotationDaysField,
  TextField,
  UseCaseField,
} from './key-form/fields';
import { rotationDaysValid } from './key-form/rotation-days';

const NO_MATERIAL: KeyMaterial = { apiKey: '', secret: '', passphrase: '', withPassphrase: false };

/** Holds the guard while the form holds an unsaved secret; lets it go when the form goes. */
function useHoldSecret(holding: boolean): void {
  useEffect(() => useDraftGuard.getState().setHolding(holding), [holding]);
  useEffect(() => () => useDraftGuard.getState().setHolding(false), []);
}

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
  const [checking, setChecking] = useState(false);
  const [rotationDays, setRotationDays] = useState(String(DEFAULT_ROTATION_DAYS));
  const [notes, setNotes] = useState('');
  const [tagText, setTagText] = useState('');
  const [kind, setKind] = useState<Kind>('hmac');
  const [environment, setEnvironment] = useState<Environment>('live');
  const [host, setHost] = useState(defaultHost('binance'));
  const [extras, setExtras] = useState<string[]>([]);
  const [keyType, setKeyType] = useState<KeyType>('hmac');
  // API key, secret and the API passphrase (OKX; other when ticked): cleared after saving.
  const [material, setMaterial] = useState<KeyMaterial>(NO_MATERIAL);
  const { apiKey, secret, passphrase } = material;
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [generated, setGenerated] = useState<KeygenReply | null>(null);
  useHoldSecret(kind === 'hmac' && (secret !== '' || passphrase !== ''));

  const days = Number(rotationDays);
  const daysValid = rotationDaysValid(rotationDays);
  const labelEmpty = label.trim() === '';
  const live = useLiveFindings(
    {
      label,
      provider,
      account,
      useCase,
      permissions,
      ipText,
      service,
      rotationDays: daysValid ? days : undefined,
      extras,
      environment,
      host,
      // Whether one is typed, never the passphrase itself.
      hasPassphrase: passphrase !== '',
    },
    keys,
    services,
  );
  const needsPassphrase = kind === 'hmac' && asksPassphrase(provider, material.withPassphrase);
  const chooseProvider = (next: Provider) => {
    setProvider(next);
    setPermissions(normalizeTrade(next, defaultPermissions(useCase)));
    setEnvironment('live');
    setHost(defaultHost(next));
    setExtras([]);
    setKeyType(CREDENTIALS[next].keyTypes[0] ?? 'hmac');
    setMaterial((m) => ({ ...m, withPassphrase: false }));
  };

  if (generated) {
    return (
      <PemResult reply={generated} onOpen={() => go({ name: 'key', keyId: generated.key.id })} />
    );
  }

  const ipBad = ipProblems(ipText).length > 0;
  const keyBad =
    kind === 'hmac' &&
    (apiKey.trim() === '' || secret.trim() === '' || (needsPassphrase && passphrase === ''));
  // Control and bidi characters: shown next to the field as soon as they are typed.
  const unsafe = {
    label: unsafeTextError(t, label),
    account: unsafeTextError(t, account),
    service: unsafeTextError(t, service),
    notes: unsafeTextError(t, notes, true),
    tags: unsafeTextError(t, tagText),
  };
  const unsafeBad = Object.values(unsafe).some(Boolean);
  const invalid = ipBad || labelEmpty || keyBad || !daysValid || unsafeBad;

  const fieldsOf = (quick: boolean) => ({
    label: labelEmpty
      ? autoLabel(
          t('addForm.autoLabel', {
            provider: t(`provider.${provider}`),
            date: new Date().toISOString().slice(0, 10),
          }),
          keys.map((k) => k.label),
        )
      : label.trim(),
    provider,
    useCase,
    permissions,
    // "Save now": what is not filled in (or not valid yet) takes the use case's defaults.
    ipWhitelist: quick && ipBad ? [] : ipLines(ipText),
    rotationIntervalDays: quick && !daysValid ? DEFAULT_ROTATION_DAYS : days,
    ...(account.trim() !== '' && !unsafe.account && { account: account.trim() }),
    ...(service.trim() !== '' && !unsafe.service && { service: service.trim() }),
    ...(notes.trim() !== '' && !unsafe.notes && { notes }),
    ...(tagList(tagText).length > 0 && !unsafe.tags && { tags: tagList(tagText) }),
    environment,
    ...(provider !== 'other' && { host }),
    extras,
  });

  const store = async (quick: boolean) => {
    setBusy(true);
    setError(null);
    const fields = fieldsOf(quick);
    try {
      if (kind === 'ed25519') {
        const reply = await call(api().keys.generate(fields));
        await useVault.getState().load();
        setGenerated(reply);
        return;
      }
      const request = {
        ...fields,
        // Coinbase: core tells EC from Ed25519 by the private key itself.
        ...(provider !== 'coinbase' && { keyType }),
        apiKey: apiKey.trim(),
        secret,
        ...(needsPassphrase && { passphrase }),
      };
      const saved = await call(api().keys.add(request));
      // Saved and encrypted: drop the secret and passphrase from this screen's state at once.
      // (On failure they stay, so what the exchange shows only once is not lost to a typo.)
      setMaterial(NO_MATERIAL);
      useDraftGuard.getState().setHolding(false);
      await useVault.getState().load();
      go({ name: 'key', keyId: saved.id });
      const text = quick ? 'addForm.savedNow' : 'add.saved';
      notify({ kind: 'info', text: t(text, { label: saved.label }) });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (invalid) return setError(t('add.invalidForm'));
    void store(false);
  };
  const saveNow = () => {
    setTried(true);
    if (keyBad || unsafe.label) return setError(t('add.invalidForm'));
    void store(true);
  };

  return (
    <>
      <form onSubmit={submit} aria-labelledby="add-title" noValidate>
        <h1 id="add-title">{t('add.title')}</h1>
        <AutoLockWarning />
        <KeyStep
          provider={provider}
          onProvider={chooseProvider}
          kind={kind}
          onKind={setKind}
          keyType={keyType}
          onKeyType={setKeyType}
          material={material}
          onMaterial={(patch) => setMaterial((m) => ({ ...m, ...patch }))}
          tried={tried}
          busy={busy}
          onSaveNow={saveNow}
        />

        <fieldset>
          <legend>{t('addForm.stepWhat')}</legend>
          <div className="grid-2">
            <TextField
              id="add-label"
              label={t('add.label')}
              value={label}
              onChange={setLabel}
              invalid={(tried && labelEmpty) || Boolean(unsafe.label)}
              hint={t('add.labelHint')}
              error={(tried && labelEmpty && t('add.required')) || unsafe.label}
            />
            <UseCaseField
              id="add-usecase"
              value={useCase}
              onChange={(next) => {
                setUseCase(next);
                setPermissions(normalizeTrade(provider, defaultPermissions(next)));
              }}
            />
            <TextField
              id="add-account"
              label={t('add.account')}
              value={account}
              onChange={setAccount}
              invalid={Boolean(unsafe.account)}
              error={unsafe.account}
            />
          </div>
          <EnvironmentHostFields
            idPrefix="add"
            provider={provider}
            environment={environment}
            host={host}
            onChange={(next) => {
              setEnvironment(next.environment);
              setHost(next.host);
            }}
          />
        </fieldset>

        <fieldset>
          <legend>{t('addForm.stepPermissions')}</legend>
          <p className="muted">{t('add.presetNote', { useCase: t(`useCase.${useCase}`) })}</p>
          <PermissionPicker
            provider={provider}
            permissions={permissions}
            findings={live}
            onChange={setPermissions}
          />
          <ExtrasPicker provider={provider} extras={extras} findings={live} onChange={setExtras} />
        </fieldset>

        <fieldset>
          <legend>{t('addForm.stepWhere')}</legend>
          <IpField id="add-ip" value={ipText} onChange={setIpText} />
          <ServiceField
            services={services}
            value={service}
            onChange={setService}
            error={unsafe.service}
            onCheck={() => setChecking(true)}
          />
          <RotationDaysField
            id="add-rotation"
            value={rotationDays}
            onChange={setRotationDays}
            invalid={!daysValid}
          />
          <NotesField id="add-notes" value={notes} onChange={setNotes} error={unsafe.notes} />
          <TagsField id="add-tags" value={tagText} onChange={setTagText} error={unsafe.tags} />
        </fieldset>

        <section className="card" aria-labelledby="live-title" data-testid="live-findings">
          <h2 id="live-title">{t('add.liveFindings')}</h2>
          <LiveFindingList findings={live} />
        </section>

        <FormError error={error} />
        <div className="row">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('common.working') : kind === 'hmac' ? t('add.save') : t('add.generate')}
          </button>
          <button type="button" onClick={() => go({ name: 'list' })}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
      <DiscardSecretDialog />
      {checking && (
        <ServiceCheckDialog
          name={service.trim()}
          service={findService(services, service)}
          onClose={() => setChecking(false)}
          onSaved={(saved) => {
            setChecking(false);
            setService(saved.name);
            notify({ kind: 'info', text: t('serviceCheck.saved', { name: saved.name }) });
          }}
        />
      )}
    </>
  );
}
