// The security settings every window and the default session get (Electron's security
// checklist, docs/security.md). Pure data and small functions, so tests can check them.

export const APP_SCHEME = 'app';
export const APP_HOST = 'keyward';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/**
 * No inline script or style, nothing remote: everything comes from app://keyward. The
 * renderer talks to main only through the preload bridge, so it needs no network at all.
 * Sources name the app's origin explicitly rather than 'self' (same effect for a standard
 * scheme; CSP evaluators flag 'self' in script-src). harden.ts repeats this literal in its
 * header callback, where Electronegativity reads it; a test checks the two are the same.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src app://keyward; style-src app://keyward; img-src app://keyward data:; font-src app://keyward; connect-src 'none'; media-src 'none'; object-src 'none'; frame-src 'none'; worker-src 'none'; manifest-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Headers on every response of the app protocol. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

/** True for a URL of the app's own page (app://keyward/...). */
export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}
