// One key: a row per credential field (fingerprint, copy, show), the outlined leak button,
// details, findings with fixes, edit, history, rotation and delete. Leaving the screen hides a revealed value.
import { CREDENTIALS, extraName } from '../../../shared/domain/credentials';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyDetail } from '../../../shared/ipc/views';
import { DueDate, PermissionBadges, StatusBadge } from '../components/badges';
import { ExchangeLink } from '../components/exchange-link';
import type { AcceptanceActions } from '../components/accept-risk';
import type { IpcResult } from '../../../shared/ipc/result';
import { FindingList } from '../components/finding-list';
import { api, call, errorText } from '../lib/api';
import { formatDate } from '../lib/format';
import { useKeyDetail } from '../lib/use-key-detail';
import { useKeyFindings } from '../lib/use-key-findings';
import { useSecrets } from '../store/secret-store';
import { useVault } from '../store/vault-store';
import { useView } from '../store/view-store';
import { useTakeEditRequest } from '../store/edit-request';
import { ExchangeCheck } from './detail/exchange-check';
import { KeyEdit } from './detail/key-edit';
import { KeyHistory } from './detail/key-history';
import { CredentialRows } from './detail/secret-actions';
import { SetApiKeyForm } from './detail/set-api-key-form';

export function KeyDetailScreen({ keyId }: { keyId: string }) {
  const { t } = useTranslation();
  const { detail, missing } = useKeyDetail(keyId);
  // Leaving the key (or the screen) hides a revealed value and drops it from the store.
  useEffect(() => () => useSecrets.getState().hide(), [keyId]);

  if (missing) return <p className="notice error">{t('detail.notFound')}</p>;
  if (!detail) return <p>{t('app.loading')}</p>;
  return <Detail detail={detail} />;
}

function Detail({ detail }: { detail: KeyDetail }) {
  const { t, i18n } = useTranslation();
  const go = useView((s) => s.go);
  const notify = useView((s) => s.notify);
  const findings = useKeyFindings(detail);
  const [editing, setEditing] = useState(false);
  useTakeEditRequest(detail.id, editing, setEditing);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const live = detail.status === 'active' || detail.status === 'rotating';
  const date = (iso: string | null) => (iso ? formatDate(iso, i18n.language) : t('detail.never'));

  // Accept a finding until a day, or withdraw that: core answers the key's new detail.
  const changeAcceptance = async (request: Promise<IpcResult<KeyDetail>>) => {
    try {
      useVault.getState().setDetail(await call(request));
      await useVault.getState().load();
      return true;
    } catch (e) {
      notify({ kind: 'error', text: errorText(e) });
      return false;
    }
  };
  const acceptance: AcceptanceActions = {
    accept: (f, until, note) =>
      changeAcceptance(
        api().findings.accept({
          keyId: detail.id,
          rule: f.rule,
          ...(f.subject ? { subject: f.subject } : {}),
          until,
          note,
        }),
      ),
    withdraw: async (f) => {
      await changeAcceptance(
        api().findings.withdrawAcceptance({
          keyId: detail.id,
          rule: f.rule,
          ...(f.subject ? { subject: f.subject } : {}),
        }),
      );
    },
  };

  const remove = async () => {
    try {
      await call(api().keys.remove({ keyId: detail.id }));
      await useVault.getState().load();
      go({ name: 'list' });
      notify({ kind: 'info', text: t('detail.removed', { label: detail.label }) });
    } catch (e) {
      notify({ kind: 'error', text: errorText(e) });
    }
  };

  return (
    <article aria-labelledby="key-title" data-testid="key-detail" data-key-id={detail.id}>
      <div className="row spread detail-head">
        <div>
          <h1 id="key-title">{detail.label}</h1>
          <div className="row">
            <StatusBadge status={detail.status} />
            <PermissionBadges permissions={detail.permissions} />
          </div>
        </div>
        {detail.status !== 'revoked' && (
          <button
            type="button"
            className="leak-outline leak-button"
            onClick={() => go({ name: 'leak', keyId: detail.id })}
          >
            <span aria-hidden="true">⚠ </span>
            {detail.incident ? t('detail.leakContinue') : t('detail.leak')}
          </button>
        )}
      </div>

      <section className="card" aria-label={t('detail.apiKey')}>
        <CredentialRows keyInfo={detail} live={live} />
        <ExchangeLink provider={detail.provider} />
        {!detail.hasApiKey && live && (
          <SetApiKeyForm
            keyId={detail.id}
            id="set-apikey"
            label={t('detail.setApiKey')}
            reload={() =>
              Promise.all([useVault.getState().load(), useVault.getState().loadDetail(detail.id)])
            }
          />
        )}
        {detail.publicKeyPem && (
          <details>
            <summary>{t('detail.publicKey')}</summary>
            <pre className="secret-box">{detail.publicKeyPem}</pre>
          </details>
        )}
      </section>

      <section className="card" aria-labelledby="facts-title">
        <div className="row spread">
          <h2 id="facts-title">{t('detail.details')}</h2>
          <div className="row">
            {live && (
              <button type="button" onClick={() => go({ name: 'rotate', keyId: detail.id })}>
                {detail.rotation ? t('detail.continueRotation') : t('detail.rotate')}
              </button>
            )}
            <button type="button" onClick={() => setEditing((v) => !v)} aria-expanded={editing}>
              {t('detail.edit')}
            </button>
          </div>
        </div>
        <dl className="dl">
          <dt>{t('detail.useCase')}</dt>
          <dd>{t(`useCase.${detail.useCase}`)}</dd>
          <dt>{t('detail.account')}</dt>
          <dd>
            {t(`provider.${detail.provider}`)}
            {detail.account && ` · ${detail.account}`}
          </dd>
          <dt>{t('detail.service')}</dt>
          <dd>{detail.service ?? t('common.none')}</dd>
          <dt>{t('detail.ipWhitelist')}</dt>
          <dd className="mono">
            {detail.ipWhitelist.length ? detail.ipWhitelist.join(', ') : t('list.ipOff')}
          </dd>
          <dt>{t('detail.type')}</dt>
          <dd>{t(`keyType.${detail.keyType}`)}</dd>
          <dt>{t('detail.environment')}</dt>
          <dd>{t(`credentials.env.${detail.environment}`)}</dd>
          {detail.host !== '' && (
            <>
              <dt>{t('detail.host')}</dt>
              <dd className="mono">{detail.host}</dd>
            </>
          )}
          {(detail.hasPassphrase || CREDENTIALS[detail.provider].passphrase === 'required') && (
            <>
              <dt>{t('detail.apiPassphrase')}</dt>
              <dd>
                {detail.hasPassphrase
                  ? t('detail.passphraseRecorded')
                  : t('detail.passphraseMissing')}
              </dd>
            </>
          )}
          {detail.extras.length > 0 && (
            <>
              <dt>{t('detail.extras')}</dt>
              <dd>{detail.extras.map(extraName).join(', ')}</dd>
            </>
          )}
          <dt>{t('detail.created')}</dt>
          <dd>{date(detail.createdAt)}</dd>
          <dt>{t('detail.rotated')}</dt>
          <dd>{date(detail.lastRotatedAt)}</dd>
          <dt>{t('detail.nextRotation')}</dt>
          <dd>
            <DueDate dueAt={detail.rotationDueAt} now={new Date()} />
          </dd>
          <dt>{t('detail.audited')}</dt>
          <dd>{date(detail.lastAuditedAt)}</dd>
          {detail.tags.length > 0 && (
            <>
              <dt>{t('keyList.tags')}</dt>
              <dd data-testid="detail-tags">
                {detail.tags.map((tag) => (
                  <span key={tag} className="badge tag">
                    {tag}
                  </span>
                ))}
              </dd>
            </>
          )}
          {detail.notes && (
            <>
              <dt>{t('detail.notes')}</dt>
              <dd>{detail.notes}</dd>
            </>
          )}
        </dl>
      </section>

      {editing && <KeyEdit keyInfo={detail} onDone={() => setEditing(false)} />}

      {live && <ExchangeCheck detail={detail} />}

      <section className="card" aria-labelledby="key-findings-title">
        <h2 id="key-findings-title">{t('detail.findings')}</h2>
        {findings === null ? (
          <p className="muted">{t('app.loading')}</p>
        ) : findings.length === 0 ? (
          <p>{t('words.keyNoFindings')}</p>
        ) : (
          <FindingList
            findings={findings}
            testId="key-findings"
            acceptance={acceptance}
            withActions
          />
        )}
      </section>

      <KeyHistory history={detail.history} keyId={detail.id} />

      <div className="row">
        {confirmRemove ? (
          <div className="notice danger" role="alert">
            <p>{t('detail.removeConfirm', { label: detail.label })}</p>
            <div className="row">
              <button type="button" className="danger" onClick={() => void remove()}>
                {t('detail.remove')}
              </button>
              <button type="button" onClick={() => setConfirmRemove(false)}>
                {t('common.cancel')}
              </button>
            </div>
          </div>
        ) : (
          <button type="button" onClick={() => setConfirmRemove(true)}>
            {t('detail.remove')}
          </button>
        )}
      </div>
    </article>
  );
}
