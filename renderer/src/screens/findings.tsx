// Every finding across the vault, worst first, each linking to its key.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { FindingList } from '../components/finding-list';
import { ReminderList } from '../components/reminder-list';
import { errorText } from '../lib/api';
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
        <FindingList
          findings={findings}
          labelOf={(id) => labels.get(id)}
          onOpenKey={(keyId) => go({ name: 'key', keyId })}
          testId="all-findings"
        />
      )}
    </section>
  );
}
