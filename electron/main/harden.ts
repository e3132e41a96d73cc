// Refusals applied to every web contents and to the default session: no navigation, no new
// windows, no <webview>, no permission, CSP on every response. Links go out only through
// the app.openExternal channel (allowlisted https).
import type { Session, WebContents } from 'electron';
import { isAppUrl } from './security-policy';

export function hardenWebContents(contents: WebContents): void {
  const refuse = (event: { preventDefault(): void }) => event.preventDefault();
  // The UI is a single page: any navigation is either a bug or an attack.
  contents.on('will-navigate', refuse);
  contents.on('will-frame-navigate', refuse);
  contents.on('will-redirect', refuse);
  contents.on('will-attach-webview', refuse);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // The same literal as CONTENT_SECURITY_POLICY (security-policy.ts), written out so static
  // checkers (Electronegativity) can read it; main-wiring.test.ts checks they are equal.
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [
          "default-src 'none'; script-src app://keyward; style-src app://keyward; img-src app://keyward data:; font-src app://keyward; connect-src 'none'; media-src 'none'; object-src 'none'; frame-src 'none'; worker-src 'none'; manifest-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        ],
      },
    });
  });
  // Nothing in the app loads from the network; refuse anything that is not app://.
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed =
      isAppUrl(details.url) ||
      details.url.startsWith('devtools://') ||
      details.url.startsWith('data:'); // inline images; the CSP limits data: to img-src
    callback({ cancel: !allowed });
  });
}
