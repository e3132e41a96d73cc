// The Trash: removed keys kept 30 days (their secrets still encrypted in the vault), each
// with Restore and Delete for good. Shows summaries only, never a secret.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrashView } from '../../../shared/domain/trash';
import { api, call, errorText } from '../lib/api';
import { formatDate } from '../lib/format';
import { useVault } from '../store/vault-store';
import { useView } from '../store/view-store';

export function TrashScreen() {
  const { t, i18n } = useTranslation();
  const notify = useView((s) => s.notify);
  const go = useView((s) => s.go);
  const [entries, setEntries] = useState<TrashView[] | null>(null);
  const [purging, setPurging] = useState<string | null>(null);
  // Bumped after a delete-for-good so the list is asked for again.
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    call(api().trash.list({})).then(
      (list) => {
        if (live) setEntries(list);
      },
      (e: unknown) => {
        if (live) notify({ kind: 'error', text: errorText(e) });
      },
    );
    return () => {
      live = false;
    };
  }, [notify, version]);

  const restore = async (entry: TrashView) => {
    try {
      const restored = await call(api().keys.restore({ keyId: entry.id }));
      await useVault.getState().load();
      go({ name: 'key', keyId: restored.id });
      notify({ kind: 'info', text: t('trash.restored', { label: restored.label }) });
    } catch (e) {
      notify({ kind: 'error', text: errorText(e) });
    }
  };
  const purge = async (entry: TrashView) => {
    try {
      await call(api().keys.remove({ keyId: entry.id, purge: true }));
      setPurging(null);
      setVersion((v) => v + 1);
    } catch (e) {
      notify({ kind: 'error', text: errorText(e) });
    }
  };

  return (
    <section aria-labelledby="trash-title">
      <h1 id="trash-title">{t('trash.title')}</h1>
      <p>{t('trash.intro')}</p>
      {entries === null ? (
        <p role="status">{t('trash.loading')}</p>
      ) : entries.length === 0 ? (
        <p>{t('trash.empty')}</p>
      ) : (
        <ul className="plain-list" data-testid="trash-list">
          {entries.map((entry) => (
            <li key={entry.id} className="card" data-testid="trash-entry">
              <div className="row spread">
                <div>
                  <h2>{entry.label}</h2>
                  <p className="muted">
                    {t('trash.when', {
                      removed: formatDate(entry.trashedAt, i18n.language),
                      deleted: formatDate(entry.deletedAt, i18n.language),
                    })}
                  </p>
                </div>
                <div className="row">
                  <button type="button" onClick={() => void restore(entry)}>
                    {t('trash.restore')}
                  </button>
                  <button type="button" onClick={() => setPurging(entry.id)}>
                    {t('trash.purge')}
                  </button>
                </div>
              </div>
              {purging === entry.id && (
                <div className="notice danger" role="alert">
                  <p>{t('trash.purgeConfirm', { label: entry.label })}</p>
                  <div className="row">
                    <button type="button" className="danger" onClick={() => void purge(entry)}>
                      {t('trash.purge')}
                    </button>
                    <button type="button" onClick={() => setPurging(null)}>
                      {t('common.cancel')}
                    </button>
                  </div>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
