// Start-up, run as this module is evaluated. It is in the small entry script (main.tsx imports
// it first), so the calls go out as soon as that script arrives, while the app chunk (react-dom,
// i18next, the screens) is still downloading and compiling. Asks core for the vault's status
// and the settings at once, starts loading what the first screen needs (the first-run chunk,
// the zh-CN strings) and asks for the key list the moment the vault is known to be open, so
// these round trips overlap loading the app's code instead of following it. From then on, the
// list is loaded every time the vault opens (unlock, create, recover).
import { FirstRun } from './screens/gate';
import { useSession } from './store/session-store';
import { useVault } from './store/vault-store';

function loadListWhenUnlocked(): void {
  useSession.subscribe((state, before) => {
    if (state.status?.state === 'unlocked' && before.status?.state !== 'unlocked') {
      void useVault
        .getState()
        .load()
        .catch(() => undefined);
    }
  });
}

function startSession(): Promise<void> {
  loadListWhenUnlocked();
  const session = useSession.getState();
  const settings = session.loadSettings().then(async () => {
    // The same import as i18n.ts's, so the same chunk: fetched once, while the app loads.
    if (useSession.getState().settings.language === 'zh-CN') await import('./i18n/zh-CN');
  });
  const status = session.refreshStatus().then(
    async ({ state }) => {
      if (state === 'none') await FirstRun.preload();
    },
    () => undefined,
  );
  return Promise.all([settings, status]).then(
    () => undefined,
    () => undefined,
  );
}

// Until the settings say otherwise, follow the OS (a dark desktop gets no white flash).
document.documentElement.dataset.theme = 'system';

/** Opened outside the app (no preload), there is no vault to talk to. */
export const bridged = typeof (window as Partial<Window>).keyward === 'object';

/** Resolves when the first screen can be drawn: status, settings and their language known
 * (or failed: the app then shows its loading line, and the default settings stand). */
export const sessionReady: Promise<void> = bridged ? startSession() : Promise.resolve();
