// Each exchange's API-management page: where a key is created, restricted, rotated or
// deleted. This list is also the whole allowlist of links the app opens in the browser
// (electron/core/app/external-links.ts): the renderer cannot add to it.
import type { Provider } from './exchange';

export const API_MANAGEMENT_URLS: Partial<Record<Provider, string>> = {
  binance: 'https://www.binance.com/en/my/settings/api-management',
  coinbase: 'https://www.coinbase.com/settings/api',
  kraken: 'https://pro.kraken.com/app/settings/api',
  okx: 'https://www.okx.com/account/my-api',
  bybit: 'https://www.bybit.com/app/user/api-management',
};
