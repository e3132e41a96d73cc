// Edit a key's metadata (never its secret), with the same live findings as the add form. The
// API passphrase can be recorded or replaced (an OKX key saved without one), never shown.
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CREDENTIALS, type Environment } from '../../../../shared/domain/credentials';
import type { Permissions, UseCase } from '../../../../shared/domain/exchange';
import type { KeySummary } from '../../../../shared/ipc/views';
import { FormError } from '../../components/form-error';
import { api, call, errorText } from '../../lib/api';
import { draftFindings, knownVault } from '../../lib/draft-findings';
import { TagsField, tagList } from '../key-form/tags-field';
import { unsafeTextError } from '../../lib/text-check';
import { useVault } from '../../store/vault-store';
import { IpField, ipLines, ipProblems } from '../add/ip-field';
import { PermissionPicker } from '../add/permission-picker';
import { ServiceField } from '../add/service-field';
import { EnvironmentHostFields, ExtrasPicker } from '../key-form/credential-fields';
import {
  LiveFindingList,
  NotesField,
  RotationDaysField,
  TextField,
  UseCaseField,
} from '../key-form/fields';
import { rotationDaysValid } from '../key-form/rotation-days';

export function KeyEdit({ keyInfo, onDone }: { keyInfo: KeySummary; onDone: () => void }) {
  const { t } = useTranslation();
  const keys = useVault((s) => s.keys);
  const services = useVault((s) => s.services);
  const [label, setLabel] = useState(keyInfo.label);
  const [account, setAccount] = useState(keyInfo.account);
  const [useCase, setUseCase] = useState<UseCase>(keyInfo.useCase);
  const [permissions, setPermissions] = useState<Permissions>(keyInfo.permissions);
  const [ipText, setIpText] = useState(keyInfo.ipWhitelist.join('\n'));
  const [service, setService] = useState(keyInfo.service ?? '');
  const [days, setDays] = useState(String(keyInfo.rotationIntervalDays));
  const [notes, setNotes] = useState(keyInfo.notes);
  const [tagText, setTagText] = useState(keyInfo.tags.join(', '));
  const [environment, setEnvironment] = useState<Environment>(keyInfo.environment);
  const [host, setHost] = useState(keyInfo.host);
  const [extras, setExtras] = useState<string[]>(keyInfo.extras);
  // A new API passphrase only: '' keeps the recorded one. Cleared after saving.
  const [passphrase, setPassphrase] = useState('');
  const passphraseRule = CREDENTIALS[keyInfo.provider].passphrase;
  const [error, setError] = useState<string | null>(null);
  const vault = useMemo(() => knownVault(keys, services), [keys, services]);
  const live = useMemo(
    () =>
      draftFindings(
        {
          id: keyInfo.id,
          label,
          provider: keyInfo.provider,
          account,
          useCase,
          permissions,
          ipWhitelist: ipLines(ipText),
          serviceName: service,
          ...(service.trim() === '' && { serviceId: null }),
          extras,
          environment,
          host,
          hasPassphrase: keyInfo.hasPassphrase || passphrase !== '',
        },
        vault,
        new Date(),
      ),
    [
      keyInfo,
      label,
      account,
      useCase,
      permissions,
      ipText,
      service,
      vault,
      extras,
      environment,
      host,
      passphrase,
    ],
  );

  // Control and bidi characters: shown next to the field as soon as they are typed.
  const unsafe = {
    label: unsafeTextError(t, label),
    account: unsafeTextError(t, account),
    service: unsafeTextError(t, service),
    notes: unsafeTextError(t, notes, true),
    tags: unsafeTextError(t, tagText),
  };
  const unsafeBad = Object.values(unsafe).some(Boolean);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (
      label.trim() === '' ||
      ipProblems(ipText).length > 0 ||
      !rotationDaysValid(days) ||
      unsafeBad
    ) {
      return setError(t('add.invalidForm'));
    }
    try {
      await call(
        api().keys.edit({
          keyId: keyInfo.id,
          patch: {
            label: label.trim(),
            account,
            useCase,
            permissions,
            ipWhitelist: ipLines(ipText),
            service: service.trim() === '' ? null : service.trim(),
            rotationIntervalDays: Number(days),
            notes,
            tags: tagList(tagText),
            environment,
            ...(keyInfo.provider !== 'other' && { host }),
            extras,
            ...(passphrase !== '' && { passphrase }),
          },
        }),
      );
      setPassphrase('');
      await Promise.all([useVault.getState().load(), useVault.getState().loadDetail(keyInfo.id)]);
      onDone();
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <form className="card" onSubmit={(e) => void submit(e)} aria-labelledby="edit-title">
      <h2 id="edit-title">{t('detail.edit')}</h2>
      <div className="grid-2">
        <TextField
          id="edit-label"
          label={t('add.label')}
          value={label}
          onChange={setLabel}
          invalid={Boolean(unsafe.label)}
          error={unsafe.label}
        />
        <TextField
          id="edit-account"
          label={t('add.account')}
          value={account}
          onChange={setAccount}
          invalid={Boolean(unsafe.account)}
          error={unsafe.account}
        />
        <UseCaseField id="edit-usecase" value={useCase} onChange={setUseCase} />
        <RotationDaysField id="edit-rotation" value={days} onChange={setDays} />
      </div>
      <EnvironmentHostFields
        idPrefix="edit"
        provider={keyInfo.provider}
        environment={environment}
        host={host}
        onChange={(next) => {
          setEnvironment(next.environment);
          setHost(next.host);
        }}
      />
      <fieldset>
        <legend>{t('add.step2')}</legend>
        <PermissionPicker
          provider={keyInfo.provider}
          permissions={permissions}
          findings={live}
          onChange={setPermissions}
        />
        <ExtrasPicker
          provider={keyInfo.provider}
          extras={extras}
          findings={live}
          onChange={setExtras}
        />
      </fieldset>
      {passphraseRule !== 'none' && (
        <div className="field">
          <label htmlFor="edit-passphrase">{t('credentials.passphrase')}</label>
          <input
            id="edit-passphrase"
            type="password"
            className="mono"
            autoComplete="off"
            spellCheck={false}
            value={passphrase}
            placeholder={keyInfo.hasPassphrase ? t('detail.passphraseRecorded') : ''}
            onChange={(e) => setPassphrase(e.target.value)}
          />
          <div className="hint">{t('credentials.passphraseHint')}</div>
        </div>
      )}
      <IpField id="edit-ip" value={ipText} onChange={setIpText} />
      <ServiceField
        services={services}
        value={service}
        onChange={setService}
        error={unsafe.service}
      />
      <NotesField id="edit-notes" value={notes} onChange={setNotes} error={unsafe.notes} />
      <TagsField id="edit-tags" value={tagText} onChange={setTagText} error={unsafe.tags} />
      <h3>{t('add.liveFindings')}</h3>
      <LiveFindingList findings={live} />
      <FormError error={error} />
      <div className="row">
        <button type="submit" className="primary">
          {t('common.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
