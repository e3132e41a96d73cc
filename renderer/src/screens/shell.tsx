// The open vault: top navigation, notices, and the current screen. Owns the shortcuts.
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { NoticeBar } from '../components/notice-bar';
import { useShortcuts } from '../hooks/use-shortcuts';
import { useView, type Route } from '../store/view-store';
import { AddKey } from './add-key';
import { AuditScreen } from './audit';
import { FindingsScreen } from './findings';
import { KeyDetailScreen } from './key-detail';
import { KeyList } from './key-list';
import { LeakResponse } from './leak-response';
import { RotationWizard } from './rotation-wizard';
import { ServicesScreen } from './services';
import { SettingsScreen } from './settings';

const NAV: readonly { route: Route; label: string }[] = [
  { route: { name: 'list' }, label: 'nav.keys' },
  { route: { name: 'findings' }, label: 'nav.findings' },
  { route: { name: 'audit' }, label: 'nav.audit' },
  { route: { name: 'services' }, label: 'nav.services' },
  { route: { name: 'settings' }, label: 'nav.settings' },
];

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'list':
      return <KeyList />;
    case 'add':
      return <AddKey />;
    case 'key':
      return <KeyDetailScreen keyId={route.keyId} />;
    case 'rotate':
      return <RotationWizard keyId={route.keyId} />;
    case 'leak':
      return <LeakResponse keyId={route.keyId} />;
    case 'findings':
      return <FindingsScreen />;
    case 'audit':
      return <AuditScreen />;
    case 'services':
      return <ServicesScreen />;
    case 'settings':
      return <SettingsScreen />;
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
  // A new screen: if the element that had focus went away with the old one, put focus at the
  // start of the content so keyboard and screen-reader users are not dropped at the top.
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) {
      document.getElementById('content')?.focus();
    }
  }, [route]);
  const section =
    route.name === 'key' || route.name === 'rotate' || route.name === 'leak' || route.name === 'add'
      ? 'list'
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
            </button>
          ))}
        </nav>
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
          <NoticeBar />
          <Screen route={route} />
        </div>
      </main>
    </div>
  );
}
