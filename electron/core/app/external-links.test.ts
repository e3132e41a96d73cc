import { describe, expect, it } from 'vitest';
import { checkExternalUrl } from './external-links';

describe('the links the app may open', () => {
  it("opens the exchanges' Chinese API pages exactly, as well as the English ones", () => {
    for (const url of [
      'https://www.binance.com/zh-CN/my/settings/api-management',
      'https://www.okx.com/zh-hans/account/my-api',
      'https://www.binance.com/en/my/settings/api-management',
    ]) {
      expect(checkExternalUrl(url)).toBe(url);
    }
  });

  it('refuses anything else on the same sites', () => {
    for (const url of [
      'https://www.binance.com/zh-CN/my/settings/api-management?x=1',
      'https://www.binance.com/zh-TW/my/settings/api-management',
      'https://www.binance.com/zh-CN/',
      'http://www.binance.com/zh-CN/my/settings/api-management',
    ]) {
      expect(() => checkExternalUrl(url)).toThrow(/nothing was opened/);
    }
  });
});
