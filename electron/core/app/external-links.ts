// Which links the app may open in the user's browser: exactly the exchanges' API-management
// pages (shared/domain/api-pages.ts, each language's), https, no query, no fragment. Why so narrow: page
// script in a compromised renderer could otherwise carry secrets out in a URL (a service it
// added itself, `?d=<secrets>`). Service URLs are never opened from a renderer request.
import { ALL_API_MANAGEMENT_URLS } from '../../../shared/domain/api-pages';
import { KeywardError } from '../errors';

/** The pages in every language the app speaks, normalised by URL (origin + path). */
export const EXTERNAL_PAGE_ALLOWLIST: readonly string[] = ALL_API_MANAGEMENT_URLS.map((u) =>
  new URL(u).toString(),
);

/** Returns the normalised https URL if it may be opened, else throws 'invalid-input'. */
export function checkExternalUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new KeywardError('invalid-input', 'That is not a web address; nothing was opened.');
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') {
    throw new KeywardError('invalid-input', 'Only https links can be opened; nothing was opened.');
  }
  // `raw.includes`: a bare '?' or '#' leaves search/hash empty but is still not the page.
  const extra = url.search !== '' || url.hash !== '' || raw.includes('?') || raw.includes('#');
  if (extra || !EXTERNAL_PAGE_ALLOWLIST.includes(url.toString())) {
    throw new KeywardError(
      'invalid-input',
      `Keyward opens only the exchanges' API-management pages; ${url.hostname}${url.pathname} is not one, so nothing was opened.`,
    );
  }
  return url.toString();
}
