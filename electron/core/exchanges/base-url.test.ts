import { describe, expect, it } from 'vitest';
import { baseUrlFor, exchangeUrlOverrides, overrideNotice } from './base-url';

describe('KEYWARD_EXCHANGE_URL_<EXCHANGE>', () => {
  it('replaces the hosts of the named exchange only', () => {
    const overrides = exchangeUrlOverrides(
      { KEYWARD_EXCHANGE_URL_BINANCE: 'http://127.0.0.1:8123' },
      false,
    );
    expect(baseUrlFor('binance', 'api.binance.us', overrides)).toBe('http://127.0.0.1:8123');
    expect(baseUrlFor('okx', 'eea.okx.com', overrides)).toBe('https://eea.okx.com');
    expect(overrideNotice(overrides)).toContain('KEYWARD_EXCHANGE_URL_BINANCE');
  });

  it('is ignored by the packaged app', () => {
    expect(exchangeUrlOverrides({ KEYWARD_EXCHANGE_URL_OKX: 'http://127.0.0.1:1' }, true)).toEqual(
      {},
    );
  });

  it('accepts https anywhere and http only to loopback', () => {
    const env = (v: string): Record<string, string> => ({ KEYWARD_EXCHANGE_URL_BYBIT: v });
    expect(exchangeUrlOverrides(env('https://fake.example:8443'), false).bybit).toBe(
      'https://fake.example:8443',
    );
    expect(exchangeUrlOverrides(env('http://[::1]:9000'), false).bybit).toBe('http://[::1]:9000');
    expect(exchangeUrlOverrides(env('http://localhost:9000/'), false).bybit).toBe(
      'http://localhost:9000',
    );
    expect(() => exchangeUrlOverrides(env('http://10.0.0.5:9000'), false)).toThrow(/loopback/);
    expect(() => exchangeUrlOverrides(env('https://h.example/api'), false)).toThrow(/no path/);
    expect(() => exchangeUrlOverrides(env('ftp://127.0.0.1'), false)).toThrow(/https:\/\//);
    expect(() => exchangeUrlOverrides(env('not a url'), false)).toThrow(/not a URL/);
  });
});
