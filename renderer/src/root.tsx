// Mounts the React app. main.tsx calls it once the start-up calls (boot.ts) have answered and
// the language's strings are there, so the first frame is already the right screen, in the
// user's theme and language (no "loading" line, no English flash for a zh-CN user).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { ErrorBoundary } from './components/error-boundary';
import { i18next, initI18n } from './i18n/i18n';
import { useSession } from './store/session-store';
import { exposeStoresForTests } from './store/test-hook';

/** `bridged` false: opened outside the app (no preload), there is no vault to talk to. */
export async function mount(bridged: boolean): Promise<void> {
  exposeStoresForTests();
  const { theme, language } = useSession.getState().settings;
  document.documentElement.dataset.theme = theme;
  await initI18n(bridged ? language : 'en');
  const root = document.getElementById('root');
  if (!root) return;
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
}
