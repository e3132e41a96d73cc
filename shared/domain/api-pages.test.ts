import { describe, expect, it } from 'vitest';
import {
  ALL_API_MANAGEMENT_URLS,
  API_MANAGEMENT_URLS,
  API_MANAGEMENT_URLS_ZH_CN,
  apiManagementUrl,
} from './api-pages';

describe("the exchange's API page in the app's language", () => {
  it('opens the Chinese page when the app is in Chinese', () => {
    expect(apiManagementUrl('binance', 'zh-CN')).toBe(
      'https://www.binance.com/zh-CN/my/settings/api-management',
    );
    expect(apiManagementUrl('okx', 'zh-CN')).toBe('https://www.okx.com/zh-hans/account/my-api');
    expect(apiManagementUrl('binance', 'en')).toBe(API_MANAGEMENT_URLS.binance);
  });

  it('falls back to the English page where the exchange has no Chinese one', () => {
    expect(apiManagementUrl('kraken', 'zh-CN')).toBe(API_MANAGEMENT_URLS.kraken);
    expect(apiManagementUrl('other', 'zh-CN')).toBeUndefined();
  });

  it('allows every page it can pick, exactly', () => {
    for (const url of Object.values(API_MANAGEMENT_URLS_ZH_CN)) {
      expect(ALL_API_MANAGEMENT_URLS).toContain(url);
    }
    for (const url of ALL_API_MANAGEMENT_URLS) {
      const parsed = new URL(url);
      expect(parsed.protocol).toBe('https:');
      expect(parsed.search + parsed.hash).toBe('');
    }
  });
});
