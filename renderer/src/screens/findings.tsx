// Every finding across the vault as a to-do list: grouped by key (the key's label a link to
// it, with its counts), the key needing the most attention first, worst finding first within.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { FindingList } from '../components/finding-list';
import { ReminderList } from '../components/reminder-list';
import { errorText } from '../lib/api';
import { groupFindings } from '../lib/finding-groups';
import { useVault } from '../store/vault-store';
import { useView } from '../store/view-store';

export function FindingsScreen() {
  const { t } = useTranslation();
  const findings = useVault((s) => s.findings);
  const keys = useVault((s) => s.keys);
  const go = useView((s) => s.go);
  const notify = useView((s) => s.notify);
  const labels = new Map(keys.map((k) => [k.id, k.label]));
  useEffect(() => {
    useVault
      .getState()
      .loadFindings()
      .catch((e: unknown) => notify({ kind: 'error', text: errorText(e) }));
  }, [notify]);
  if (findings === null) return <p className="muted">{t('app.loading')}</p>;
  return (
    <section aria-labelledby="findings-title">
      <div className="row spread">
        <h1 id="findings-title">{t('findings.title')}</h1>
        <span className="muted">{t('findings.count', { count: findings.length })}</span>
      </div>
      <p>{t('findings.intro')}</p>
      <ReminderList />
      {findings.length === 0 ? (
        <p className="notice ok">{t('findings.none')}</p>
      ) : (
        <div data-testid="all-findings">
          {groupFindings(findings, (id) => labels.get(id)).map((group, i) => {
            const headingId = `finding-group-${i}`;
            return (
              <section
                key={group.keyId ?? ''}
                className="finding-group"
                aria-labelledby={headingId}
                data-testid="finding-group"
                data-key-id={group.keyId ?? undefined}
              >
                <h2 id={headingId}>
                  {group.keyId === null ? (
                    t('todo.groups.vault')
                  ) : group.label === undefined ? (
                    group.keyId
                  ) : (
                    <button
                      type="button"
                      className="link"
                      aria-label={t('todo.groups.openKey', { label: group.label })}
                      onClick={() => go({ name: 'key', keyId: group.keyId! })}
                    >
                      {group.label}
                    </button>
                  )}
                  <span className="muted" data-testid="finding-group-count">
                    {t('todo.groups.open', { count: group.open })}
                    {group.accepted > 0 &&
                      ` · ${t('todo.groups.accepted', { count: group.accepted })}`}
                  </span>
                </h2>
                <FindingList findings={group.findings} withActions />
              </section>
            );
          })}
        </div>
      )}
    </section>
  );
}
