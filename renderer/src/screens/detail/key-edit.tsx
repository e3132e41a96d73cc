// Edit a key's metadata (never its secret), with the same live findings as the add form.
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { USE_CASES, type Permissions, type UseCase } from '../../../../shared/domain/exchange';
import type { KeySummary } from '../../../../shared/ipc/views';
import { FindingList } from '../../components/finding-list';
import { api, call, errorText } from '../../lib/api';
import { draftFindings, knownVault } from '../../lib/draft-findings';
import { useVault } from '../../store/vault-store';
import { IpField, ipLines, ipProblems } from '../add/ip-field';
import { PermissionPicker } from '../add/permission-picker';
import { ServiceField } from '../add/service-field';

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
        },
        vault,
        new Date(),
      ),
    [keyInfo, label, account, useCase, permissions, ipText, service, vault],
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const n = Number(days);
    if (
      label.trim() === '' ||
      ipProblems(ipText).length > 0 ||
      !Number.isInteger(n) ||
      n < 1 ||
      n > 3650
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
            rotationIntervalDays: n,
            notes,
          },
        }),
      );
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
        <div className="field">
          <label htmlFor="edit-label">{t('add.label')}</label>
          <input
            id="edit-label"
            type="text"
            value={label}
            onChange={(e) => setLabel(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="edit-account">{t('add.account')}</label>
          <input
            id="edit-account"
            type="text"
            value={account}
            onChange={(e) => setAccount(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="edit-usecase">{t('add.useCase')}</label>
          <select
            id="edit-usecase"
            value={useCase}
            onChange={(e) => setUseCase(e.target.value as UseCase)}
          >
            {USE_CASES.map((u) => (
              <option key={u} value={u}>
                {t(`useCase.${u}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="edit-rotation">{t('add.rotationDays')}</label>
          <input
            id="edit-rotation"
            type="number"
            min={1}
            max={3650}
            value={days}
            onChange={(e) => setDays(e.target.value)}
          />
        </div>
      </div>
      <fieldset>
        <legend>{t('add.step2')}</legend>
        <PermissionPicker permissions={permissions} findings={live} onChange={setPermissions} />
      </fieldset>
      <IpField id="edit-ip" value={ipText} onChange={setIpText} />
      <ServiceField services={services} value={service} onChange={setService} />
      <div className="field">
        <label htmlFor="edit-notes">{t('add.notes')}</label>
        <textarea id="edit-notes" value={notes} onChange={(e) => setNotes(e.target.value)} />
      </div>
      <h3>{t('add.liveFindings')}</h3>
      {live.length === 0 ? <p>{t('add.noLiveFindings')}</p> : <FindingList findings={live} />}
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
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
