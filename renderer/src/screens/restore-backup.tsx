// "Restore from backup" (reached from Settings): the vault's earlier versions with their time
// and key count (core decrypts them with the open vault's key; nothing secret comes here), and
// Restore after a confirmation. The vault as it is is kept as a backup first (core).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupView } from '../../../shared/ipc/safety-views';
import { api, call, errorText } from '../lib/api';
import { formatDateTime } from '../lib/format';
import { useVault } from '../store/vault-store';
import { useView } from '../store/view-store';

const REASON = {
  'other-key': 'backups.otherKey',
  'other-vault': 'backups.otherVault',
  unreadable: 'backups.unreadable',
} as const;

export function RestoreBackupScreen() {
  const { t, i18n } = useTranslation();
  const notify = useView((s) => s.notify);
  const go = useView((s) => s.go);
  const [backups, setBackups] = useState<BackupView[] | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Bumped after a restore so the list (now holding the replaced version) is asked again.
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    call(api().backups.list({})).then(
      (list) => {
        if (live) setBackups(list);
      },
      (e: unknown) => {
        if (live) notify({ kind: 'error', text: errorText(e) });
      },
    );
    return () => {
      live = false;
    };
  }, [notify, version]);

  const when = (b: BackupView) => formatDateTime(b.savedAt, i18n.language);
  const counts = (b: BackupView) =>
    [
      t('backups.keys', { count: b.keyCount ?? 0 }),
      ...(b.trashCount ? [t('backups.trash', { count: b.trashCount })] : []),
    ].join(', ');

  const restore = async (b: BackupView) => {
    setBusy(true);
    try {
      await call(api().backups.restore({ name: b.name }));
      setConfirming(null);
      // The session reads the vault from disk: reload what the screens show.
      await useVault.getState().load();
      notify({ kind: 'info', text: t('backups.restored', { date: when(b) }) });
      setVersion((v) => v + 1);
    } catch (e) {
      notify({ kind: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="backups-title">
      <h1 id="backups-title">{t('backups.title')}</h1>
      <p>{t('backups.intro')}</p>
      <p>
        <button type="button" className="link" onClick={() => go({ name: 'settings' })}>
          {t('backups.back')}
        </button>
      </p>
      {backups === null ? (
        <p role="status">{t('backups.loading')}</p>
      ) : backups.length === 0 ? (
        <p>{t('backups.empty')}</p>
      ) : (
        <ul className="plain-list" data-testid="backup-list">
          {backups.map((b) => (
            <li key={b.name} className="card" data-testid="backup-entry" data-state={b.state}>
              <div className="row spread">
                <div>
                  <h2>
                    <time dateTime={b.savedAt}>{when(b)}</time>
                  </h2>
                  <p className="muted">{b.state === 'ok' ? counts(b) : t(REASON[b.state])}</p>
                </div>
                {b.state === 'ok' && (
                  <button
                    type="button"
                    aria-label={t('backups.restoreLabel', { date: when(b) })}
                    onClick={() => setConfirming(b.name)}
                  >
                    {t('backups.restore')}
                  </button>
                )}
              </div>
              {confirming === b.name && (
                <div className="notice danger" role="alert">
                  <p>{t('backups.confirm', { date: when(b), keys: counts(b) })}</p>
                  <div className="row">
                    <button
                      type="button"
                      className="danger"
                      disabled={busy}
                      onClick={() => void restore(b)}
                    >
                      {t('backups.yes')}
                    </button>
                    <button type="button" onClick={() => setConfirming(null)}>
                      {t('backups.cancel')}
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

/** Settings' way in: a short explanation and the button that opens the screen. */
export function BackupsSettingsSection() {
  const { t } = useTranslation();
  const go = useView((s) => s.go);
  return (
    <section aria-labelledby="settings-backups-title">
      <h2 id="settings-backups-title">{t('backups.title')}</h2>
      <p>{t('backups.settingsIntro')}</p>
      <button type="button" onClick={() => go({ name: 'backups' })}>
        {t('backups.open')}
      </button>
    </section>
  );
}
