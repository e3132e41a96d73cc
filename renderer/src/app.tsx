// The app's gate: first run, unlock, or the open vault. It applies theme and language,
// listens to main's events and drops every revealed secret when the vault locks. The vault's
// status and the settings were asked for before React started (boot.ts).
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from './lib/api';
import { setLanguage } from './i18n/i18n';
import { FirstRun } from './screens/gate';
import { Shell } from './screens/shell';
import { Unlock } from './screens/unlock';
import { useSession } from './store/session-store';
import { useDraftGuard } from './store/draft-guard';
import { useSecrets } from './store/secret-store';
import { useVault } from './store/vault-store';
import { useView } from './store/view-store';
import { QuickSearchPalette } from './components/quick-search';
import { useQuickSearch } from './store/quick-search-store';

function dropVaultState(): void {
  useSecrets.getState().reset();
  useVault.getState().reset();
}

export function App() {
  const { t } = useTranslation();
  const status = useSession((s) => s.status);
  const settings = useSession((s) => s.settings);
  // Stays true from "no vault" until the recovery key is confirmed, although the vault is
  // already unlocked by then.
  const [onboarding, setOnboarding] = useState(() => status?.state === 'none');
  const pendingKey = useRef<string | null>(null);

  useEffect(() => {
    document.documentElement.dataset.theme = settings.theme;
  }, [settings.theme]);
  useEffect(() => {
    void setLanguage(settings.language);
  }, [settings.language]);

  useEffect(() => {
    const k = api();
    const offs = [
      k.on('locked', ({ reason }) => {
        useDraftGuard.getState().locked(reason);
        dropVaultState();
        useSession.getState().markLocked(reason);
        useView.getState().go({ name: 'list' });
      }),
      k.on('autoLockWaiting', ({ secondsLeft }) =>
        useDraftGuard.getState().autoLockWaiting(secondsLeft),
      ),
      k.on('clipboardCleared', () => useSecrets.getState().clipboardWasCleared()),
      k.on('vaultChanged', () => {
        if (useSession.getState().status?.state !== 'unlocked') return;
        const vault = useVault.getState();
        void vault.load().catch(() => undefined);
        const route = useView.getState().route;
        if ('keyId' in route) void vault.loadDetail(route.keyId).catch(() => undefined);
      }),
      k.on('quickSearch', () => useQuickSearch.getState().request()),
      k.on('openKey', ({ keyId }) => {
        if (useSession.getState().status?.state === 'unlocked') {
          useView.getState().go({ name: 'key', keyId });
        } else pendingKey.current = keyId;
      }),
    ];
    return () => offs.forEach((off) => off());
  }, []);

  // The key list itself is loaded by boot.ts the moment the vault is open.
  const unlocked = status?.state === 'unlocked';
  useEffect(() => {
    if (!unlocked) return;
    if (pendingKey.current) {
      useView.getState().go({ name: 'key', keyId: pendingKey.current });
      pendingKey.current = null;
    }
  }, [unlocked]);

  const lock = useCallback(async () => {
    // An unsaved secret in the add form: ask before the lock discards it.
    if (!(await useDraftGuard.getState().confirmLeave())) return;
    dropVaultState();
    await useSession.getState().lock();
    useView.getState().go({ name: 'list' });
  }, []);

  if (!status) {
    return (
      <main className="centered">
        <p>{t('app.loading')}</p>
      </main>
    );
  }
  if (status.state === 'none' || onboarding) {
    return (
      <FirstRun.Screen
        keychainAvailable={status.keychainAvailable}
        onDone={() => setOnboarding(false)}
      />
    );
  }
  if (status.state === 'locked') return <Unlock status={status} />;
  return (
    <>
      <Shell onLock={lock} />
      <QuickSearchPalette />
    </>
  );
}
