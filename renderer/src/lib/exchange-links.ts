// Each exchange's API-management page (on core's allowlist, electron/core/app/external-links):
// where a key is created, restricted, rotated or deleted.
import type { Provider } from '../../../shared/domain/exchange';

export const API_MANAGEMENT_URLS: Partial<Record<Provider, string>> = {
  binance: 'https://www.binance.com/en/my/settings/api-management',
  coinbase: 'https://www.coinbase.com/settings/api',
  kraken: 'https://pro.kraken.com/app/settings/api',
  okx: 'https://www.okx.com/account/my-api',
  bybit: 'https://www.bybit.com/app/user/api-management',
};
