// Add a key: provider and use case first (the use case pre-sets least-privilege
// permissions), live findings as the user ticks permissions or types IPs, the service, then
// the key itself with the "shown only once" notice, or a generated Ed25519 pair.
// The exchange decides the rest (issue 10): its environments and hosts, its own permission
// names and other switches, and the key material it issues (OKX: an API passphrase; Coinbase:
// a key name and a multi-line private key).
// Invariant: the secret and the API passphrase live in this component's state only until
// submit, then are cleared.
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CREDENTIALS,
  defaultHost,
  normalizeTrade,
  type Environment,
} from '../../../shared/domain/credentials';
import {
  DEFAULT_ROTATION_DAYS,
  PROVIDERS,
  defaultPermissions,
  type KeyType,
  type Permissions,
  type Provider,
  type UseCase,
} from '../../../shared/domain/exchange';
import type { KeygenReply } from '../../../shared/ipc/views';
import { FormError } from '../components/form-error';
import { api, call, errorText } from '../lib/api';
import { draftFindings, knownVault } from '../lib/draft-findings';
import { TagsField, tagList } from './key-form/tags-field';
import { unsafeTextError } from '../lib/text-check';
import { useVault } from '../store/vault-store';
import { useView } from '../store/view-store';
import { IpField, ipLines, ipProblems } from './add/ip-field';
import { PemResult } from './add/pem-result';
import { PermissionPicker } from './add/permission-picker';
import { ServiceField } from './add/service-field';
import {
  asksPassphrase,
  EnvironmentHostFields,
  ExtrasPicker,
  KeyMaterialFields,
} from './key-form/credential-fields';
import {
  LiveFindingList,
  NotesField,
  RotationDaysField,
  SelectField,
  TextField,
  UseCaseField,
} from './key-form/fields';
import { rotationDaysValid } from './key-form/rotation-days';

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
  const [tagText, setTagText] = useState('');
  const [kind, setKind] = useState<Kind>('hmac');
  const [environment, setEnvironment] = useState<Environment>('live');
  const [host, setHost] = useState(defaultHost('binance'));
  const [extras, setExtras] = useState<string[]>([]);
  const [keyType, setKeyType] = useState<KeyType>('hmac');
  const [apiKey, setApiKey] = useState('');
  const [secret, setSecret] = useState('');
  // The API passphrase (OKX; other when ticked): a secret like `secret`, cleared after saving.
  const [passphrase, setPassphrase] = useState('');
  const [withPassphrase, setWithPassphrase] = useState(false);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [generated, setGenerated] = useState<KeygenReply | null>(null);

  const vault = useMemo(() => knownVault(keys, services), [keys, services]);
  const days = Number(rotationDays);
  const daysValid = rotationDaysValid(rotationDays);
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
          extras,
          environment,
          host,
          // Whether one is typed, never the passphrase itself.
          hasPassphrase: passphrase !== '',
        },
        vault,
        new Date(),
      ),
    [
      label,
      provider,
      account,
      useCase,
      permissions,
      ipText,
      service,
      days,
      daysValid,
      vault,
      extras,
      environment,
      host,
      passphrase,
    ],
  );
  const needsPassphrase = kind === 'hmac' && asksPassphrase(provider, withPassphrase);
  const chooseProvider = (next: Provider) => {
    setProvider(next);
    setPermissions(normalizeTrade(next, defaultPermissions(useCase)));
    setEnvironment('live');
    setHost(defaultHost(next));
    setExtras([]);
    setKeyType(CREDENTIALS[next].keyTypes[0] ?? 'hmac');
    setWithPassphrase(false);
  };

  if (generated) {
    return (
      <PemResult reply={generated} onOpen={() => go({ name: 'key', keyId: generated.key.id })} />
    );
  }

  const ipBad = ipProblems(ipText).length > 0;
  const labelBad = label.trim() === '';
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
  const invalid = ipBad || labelBad || keyBad || !daysValid || unsafeBad;

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
      ...(tagList(tagText).length > 0 && { tags: tagList(tagText) }),
      environment,
      ...(provider !== 'other' && { host }),
      extras,
    };
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
      setSecret('');
      setPassphrase('');
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
          <SelectField
            id="add-provider"
            label={t('add.provider')}
            value={provider}
            options={PROVIDERS}
            optionLabel={(p) => t(`provider.${p}`)}
            onChange={chooseProvider}
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
            id="add-label"
            label={t('add.label')}
            value={label}
            onChange={setLabel}
            invalid={(tried && labelBad) || Boolean(unsafe.label)}
            hint={t('add.labelHint')}
            error={(tried && labelBad && t('add.required')) || unsafe.label}
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
        <legend>{t('add.step2')}</legend>
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
        <legend>{t('add.step3')}</legend>
        <IpField id="add-ip" value={ipText} onChange={setIpText} />
        <ServiceField
          services={services}
          value={service}
          onChange={setService}
          error={unsafe.service}
        />
        <RotationDaysField
          id="add-rotation"
          value={rotationDays}
          onChange={setRotationDays}
          invalid={!daysValid}
        />
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
            {provider !== 'coinbase' && CREDENTIALS[provider].keyTypes.length > 1 && (
              <SelectField
                id="add-keytype"
                label={t('credentials.keyType')}
                value={keyType}
                options={CREDENTIALS[provider].keyTypes.filter((k) => k !== 'ecdsa')}
                optionLabel={(k) => t(`keyType.${k}`)}
                onChange={setKeyType}
              />
            )}
            <KeyMaterialFields
              idPrefix="add"
              provider={provider}
              keyType={provider === 'coinbase' ? undefined : keyType}
              apiKey={apiKey}
              secret={secret}
              passphrase={passphrase}
              withPassphrase={withPassphrase}
              onApiKeyChange={setApiKey}
              onSecretChange={setSecret}
              onPassphraseChange={setPassphrase}
              onWithPassphraseChange={setWithPassphrase}
              tried={tried}
            />
          </>
        )}
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
  );
}
