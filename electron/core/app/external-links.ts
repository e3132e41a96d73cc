// Which links the app may open in the user's browser: https only, to the exchanges'
// API-management pages, or to a service's own url recorded in the vault (the renderer asks
// the user to confirm before it requests one). Everything else is refused.
import { KeywardError } from '../errors';

export const EXTERNAL_HOST_ALLOWLIST: readonly string[] = [
  'www.binance.com',
  'accounts.binance.com',
  'www.binance.us',
  'www.coinbase.com',
  'docs.cdp.coinbase.com',
  'www.kraken.com',
  'pro.kraken.com',
  'support.kraken.com',
  'www.okx.com',
  'www.bybit.com',
];

/** Returns the normalised https URL if it may be opened, else throws 'invalid-input'. */
export function checkExternalUrl(raw: string, serviceUrls: readonly string[] = []): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new KeywardError('invalid-input', 'That is not a web address; nothing was opened.');
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') {
    throw new KeywardError('invalid-input', 'Only https links can be opened; nothing was opened.');
  }
  const serviceMatch = serviceUrls.some((s) => {
    try {
      const known = new URL(s);
      return known.protocol === 'https:' && known.origin === url.origin;
    } catch {
      return false;
    }
  });
  if (!EXTERNAL_HOST_ALLOWLIST.includes(url.hostname) && !serviceMatch) {
    throw new KeywardError(
      'invalid-input',
      `Keyward opens only exchange pages and your services' own sites; ${url.hostname} is neither, so nothing was opened.`,
    );
  }
  return url.toString();
}
