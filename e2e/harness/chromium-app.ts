// Opens Keyward in a Chromium context: the built renderer on the fake origin, `window.keyward`
// from the shared bridge, its transport the `__keywardInvoke` binding answered by the core.
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { pageBridgeScript } from './page-bridge-bundle';
import type { RealCore } from './real-core';
import { serveRenderer } from './serve-renderer';

/** Lets the app expose its stores, and records every Content-Security-Policy violation. */
export const TEST_FLAGS_SCRIPT = `
  window.__KEYWARD_E2E__ = true;
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline'));
  });
`;

export async function openChromiumApp(
  browser: Browser,
  real: RealCore,
  extraInitScript?: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 820 } });
  await serveRenderer(context);
  // JSON text both ways (as Electron's IPC would structured-clone plain data); the payload
  // is parsed here and then, untrusted, by the core's dispatch like any IPC request.
  await context.exposeBinding(
    '__keywardInvoke',
    async (_source, channel: unknown, payloadJson: unknown) => {
      let payload: unknown;
      try {
        payload = JSON.parse(String(payloadJson));
      } catch {
        return JSON.stringify({ ok: false, code: 'invalid', message: 'Malformed request.' });
      }
      return JSON.stringify(await real.core.handle(channel, payload));
    },
  );
  await context.addInitScript({ content: TEST_FLAGS_SCRIPT });
  await context.addInitScript({ content: await pageBridgeScript() });
  if (extraInitScript) await context.addInitScript({ content: extraInitScript });
  const page = await context.newPage();
  real.attach(page);
  return { context, page };
}
