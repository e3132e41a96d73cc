// The open vault: top navigation, notices, and the current screen. Owns the shortcuts.
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ClipboardChip } from '../components/clipboard-chip';
import { FindingsTabCount } from '../components/findings-tab-count';
import { NoticeBar } from '../components/notice-bar';
import { ListCopyKeys } from '../components/row-copy-actions';
import { RecoveryKeyBanner } from '../components/recovery-key-banner';
import { useShortcuts } from '../hooks/use-shortcuts';
import { lazyScreen, whenIdle } from '../lib/lazy-screen';
import { useVault } from '../store/vault-store';
import { useView, type Route } from '../store/view-store';
import { KeyList } from './key-list';

// Only the list is in the start-up bundle; every other screen is its own chunk, preloaded
// once the list is shown.
const AddKey = lazyScreen(() => import('./add-key').then((m) => m.AddKey));
const KeyDetail = lazyScreen(() => import('./key-detail').then((m) => m.KeyDetailScreen));
const Rotation = lazyScreen(() => import('./rotation-wizard').then((m) => m.RotationWizard));
const Leak = lazyScreen(() => import('./leak-response').then((m) => m.LeakResponse));
const Findings = lazyScreen(() => import('./findings').then((m) => m.FindingsScreen));
const Audit = lazyScreen(() => import('./audit').then((m) => m.AuditScreen));
const Services = lazyScreen(() => import('./services').then((m) => m.ServicesScreen));
const Settings = lazyScreen(() => import('./settings').then((m) => m.SettingsScreen));
const Trash = lazyScreen(() => import('./trash').then((m) => m.TrashScreen));
const Backups = lazyScreen(() => import('./restore-backup').then((m) => m.RestoreBackupScreen));
const ImportKeys = lazyScreen(() => import('./import-keys').then((m) => m.ImportKeysScreen));
const ScanCopies = lazyScreen(() => import('./scan-copies').then((m) => m.ScanCopiesScreen));
const LAZY_SCREENS = [
  AddKey,
  KeyDetail,
  Rotation,
  Leak,
  Findings,
  Audit,
  Services,
  Settings,
  Trash,
  Backups,
  ImportKeys,
  ScanCopies,
];

/** Loads every screen's chunk when the page is idle after the list is shown. */
function usePreloadScreens(): void {
  const listShown = useVault((s) => s.loaded);
  useEffect(() => {
    if (!listShown) return;
    return whenIdle(() => {
      for (const screen of LAZY_SCREENS) void screen.preload().catch(() => undefined);
    });
  }, [listShown]);
}

const NAV: readonly { route: Route; label: string }[] = [
  { route: { name: 'list' }, label: 'nav.keys' },
  { route: { name: 'findings' }, label: 'nav.findings' },
  { route: { name: 'audit' }, label: 'nav.audit' },
  { route: { name: 'services' }, label: 'nav.services' },
  { route: { name: 'import' }, label: 'nav.importKeys' },
  { route: { name: 'scan' }, label: 'nav.scanCopies' },
  { route: { name: 'trash' }, label: 'nav.trash' },
  { route: { name: 'settings' }, label: 'nav.settings' },
];

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'list':
      return <KeyList />;
    case 'add':
      return <AddKey.Screen />;
    case 'key':
      return <KeyDetail.Screen keyId={route.keyId} />;
    case 'rotate':
      return <Rotation.Screen keyId={route.keyId} />;
    case 'leak':
      return <Leak.Screen keyId={route.keyId} />;
    case 'findings':
      return <Findings.Screen />;
    case 'audit':
      return <Audit.Screen />;
    case 'services':
      return <Services.Screen />;
    case 'settings':
      return <Settings.Screen />;
    case 'trash':
      return <Trash.Screen />;
    case 'backups':
      return <Backups.Screen />;
    case 'import':
      return <ImportKeys.Screen />;
    case 'scan':
      return <ScanCopies.Screen />;
  }
}

export function Shell({ onLock }: { onLock: () => Promise<void> }) {
  const { t } = useTranslation();
  const route = useView((s) => s.route);
  const go = useView((s) => s.go);
  const handlers = useMemo(
    () => ({
      search: () => useView.getState().focusSearch(),
      add: () => useView.getState().go({ name: 'add' }),
      lock: () => void onLock(),
    }),
    [onLock],
  );
  useShortcuts(true, handlers);
  usePreloadScreens();
  // A new screen: if the element that had focus went away with the old one, put focus at the
  // start of the content so keyboard and screen-reader users are not dropped at the top.
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) {
      document.getElementById('content')?.focus();
    }
  }, [route]);
  // The tab a screen belongs to: a key's screens are under Keys, Restore from backup under
  // Settings (it is reached from there).
  const section =
    route.name === 'key' || route.name === 'rotate' || route.name === 'leak' || route.name === 'add'
      ? 'list'
      : route.name === 'backups'
        ? 'settings'
        : route.name;

  return (
    <div className="shell">
      <a className="skip-link" href="#content">
        {t('app.skip')}
      </a>
      <header className="topbar">
        <p className="brand">{t('app.name')}</p>
        <nav className="topnav" aria-label={t('nav.main')}>
          {NAV.map((item) => (
            <button
              key={item.route.name}
              type="button"
              aria-current={section === item.route.name ? 'page' : undefined}
              onClick={() => go(item.route)}
            >
              {t(item.label)}
              {item.route.name === 'findings' && <FindingsTabCount />}
            </button>
          ))}
        </nav>
        <ClipboardChip />
        <ListCopyKeys />
        <button
          type="button"
          className="primary"
          onClick={() => go({ name: 'add' })}
          aria-keyshortcuts="Control+N Meta+N"
        >
          {t('nav.add')}
        </button>
        <button type="button" onClick={() => void onLock()} aria-keyshortcuts="Control+L Meta+L">
          {t('nav.lock')}
        </button>
      </header>
      <main className="content" id="content" tabIndex={-1}>
        <div className="page">
          <RecoveryKeyBanner />
          <NoticeBar />
          <Screen route={route} />
        </div>
      </main>
    </div>
  );
}
