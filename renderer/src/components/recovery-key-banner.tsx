// On every screen of the open vault until the user confirms the recovery key is stored
// (settings.recoveryKeyPending, set by core when a key is shown: first run, re-key). The key
// itself is gone by then (shown once), so the way out is "I have stored it" or a new key.
import { useTranslation } from 'react-i18next';
import { errorText } from '../lib/api';
import { useSession } from '../store/session-store';
import { useView } from '../store/view-store';

export function RecoveryKeyBanner() {
  const { t } = useTranslation();
  const pending = useSession((s) => s.settings.recoveryKeyPending);
  if (!pending) return null;
  const stored = () =>
    void useSession
      .getState()
      .updateSettings({ recoveryKeyPending: false })
      .catch((e: unknown) => useView.getState().notify({ kind: 'error', text: errorText(e) }));
  const newKey = () => {
    useView.getState().go({ name: 'settings' });
    // The settings screen may still be loading: move to its re-key section once it is there.
    const focusRekey = (tries: number) => {
      const section = document.getElementById('rekey');
      if (section) {
        section.scrollIntoView({ block: 'start' });
        section.querySelector<HTMLElement>('input, button')?.focus();
      } else if (tries > 0) setTimeout(() => focusRekey(tries - 1), 50);
    };
    focusRekey(40);
  };
  return (
    <section
      className="notice warn recovery-banner"
      aria-label={t('vaultSettings.banner.label')}
      data-testid="recovery-banner"
    >
      <p>{t('vaultSettings.banner.text')}</p>
      <button type="button" onClick={newKey}>
        {t('vaultSettings.banner.newKey')}
      </button>
      <button type="button" onClick={stored}>
        {t('vaultSettings.banner.stored')}
      </button>
    </section>
  );
}
