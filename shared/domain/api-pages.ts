// Each exchange's API-management page: where a key is created, restricted, rotated or
// deleted. These lists are also the whole allowlist of links the app opens in the browser
// (electron/core/app/external-links.ts): the renderer cannot add to it.
import type { Provider } from './exchange';

export const API_MANAGEMENT_URLS: Partial<Record<Provider, string>> = {
  binance: 'https://www.binance.com/en/my/settings/api-management',
  coinbase: 'https://www.coinbase.com/settings/api',
  kraken: 'https://pro.kraken.com/app/settings/api',
  okx: 'https://www.okx.com/account/my-api',
  bybit: 'https://www.bybit.com/app/user/api-management',
};

/** The same pages in Simplified Chinese, for the exchanges that have one. */
export const API_MANAGEMENT_URLS_ZH_CN: Partial<Record<Provider, string>> = {
  binance: 'https://www.binance.com/zh-CN/my/settings/api-management',
  okx: 'https://www.okx.com/zh-hans/account/my-api',
};

/** The page to open for the app's language: the Chinese one when there is one. */
export function apiManagementUrl(provider: Provider, language: string): string | undefined {
  const chinese = language === 'zh-CN' ? API_MANAGEMENT_URLS_ZH_CN[provider] : undefined;
  return chinese ?? API_MANAGEMENT_URLS[provider];
}

/** Every page the app may open, in every language (exact URLs). */
export const ALL_API_MANAGEMENT_URLS: readonly string[] = [
  ...Object.values(API_MANAGEMENT_URLS),
  ...Object.values(API_MANAGEMENT_URLS_ZH_CN),
];
