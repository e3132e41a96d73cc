// Entry point: styles (plain CSS files, bundled: nothing is injected at run time), i18n,
// then the app. The e2e harness sets `__KEYWARD_E2E__` before load to read the stores.
import './zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/theme.css';
import './styles/app.css';
import './styles/keys.css';
import { App } from './app';
import { ErrorBoundary } from './components/error-boundary';
import { i18next, initI18n } from './i18n/i18n';
import { exposeStoresForTests } from './store/test-hook';

document.documentElement.dataset.theme = 'system';
exposeStoresForTests();

void initI18n('en').then(() => {
  const root = document.getElementById('root');
  if (!root) return;
  // Opened outside the app (no preload), there is no vault to talk to: say so.
  const bridged = typeof (window as Partial<Window>).keyward === 'object';
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        {bridged ? (
          <App />
        ) : (
          <main className="centered">
            <p className="card">{i18next.t('common.noBridge')}</p>
          </main>
        )}
      </ErrorBoundary>
    </StrictMode>,
  );
});
