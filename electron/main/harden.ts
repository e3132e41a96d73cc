// Refusals applied to every web contents and to the default session: no navigation, no new
// windows, no <webview>, no permission, CSP on every response. Links go out only through
// the app.openExternal channel (allowlisted https).
import type { Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY, isAppUrl } from './security-policy';

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
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...(details.responseHeaders ?? {}) };
    if (isAppUrl(details.url)) headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    callback({ responseHeaders: headers });
  });
  // Nothing in the app loads from the network; refuse anything that is not app://.
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAppUrl(details.url) || details.url.startsWith('devtools://');
    callback({ cancel: !allowed });
  });
}
