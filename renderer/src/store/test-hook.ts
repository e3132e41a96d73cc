// Lets the e2e suite assert what the stores hold (e.g. no secret after adding a key). Only
// installed when the harness set `window.__KEYWARD_E2E__` before the page loaded; the app
// itself never sets it, and preload cannot (contextIsolation).
import { useSecrets } from './secret-store';
import { useSession } from './session-store';
import { useVault } from './vault-store';
import { useView } from './view-store';

declare global {
  interface Window {
    __KEYWARD_E2E__?: boolean;
    __keywardStores?: () => string;
  }
}

export function exposeStoresForTests(): void {
  if (window.__KEYWARD_E2E__ !== true) return;
  window.__keywardStores = () =>
    JSON.stringify(
      {
        session: useSession.getState(),
        vault: useVault.getState(),
        view: useView.getState(),
        secrets: useSecrets.getState(),
      },
      (_key, value: unknown) => (typeof value === 'function' ? undefined : value),
    );
}
