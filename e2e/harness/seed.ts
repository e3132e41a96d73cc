// Sample keys added through the page's own window.keyward (so it works in both run modes).
import type { Page } from '@playwright/test';
import type { KeywardApi } from '../../shared/ipc/bridge';
import type { RequestOf } from '../../shared/ipc/contract';

export type AddRequest = RequestOf<'keys.add'>;

export async function seedKeys(page: Page, keys: readonly AddRequest[]): Promise<string[]> {
  const ids = await page.evaluate(async (requests) => {
    const api = (globalThis as unknown as { keyward: KeywardApi }).keyward;
    const out: string[] = [];
    for (const request of requests) {
      const result = await api.keys.add(request);
      if (!result.ok) throw new Error(result.message);
      out.push(result.value.id);
    }
    return out;
  }, keys);
  return ids;
}

export const SAMPLE_KEYS: readonly AddRequest[] = [
  {
    label: '3Commas - Trading Bot',
    provider: 'binance',
    account: 'main',
    useCase: 'spot-bot',
    permissions: { read: true, spotMargin: true, futures: false, withdrawals: false },
    ipWhitelist: ['203.0.113.10'],
    service: '3Commas',
    apiKey: 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A',
    secret: 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j',
  },
  {
    label: 'CoinTracker - Read Only',
    provider: 'binance',
    account: 'main',
    useCase: 'portfolio-tracking',
    permissions: { read: true, spotMargin: false, futures: false, withdrawals: false },
    ipWhitelist: [],
    service: 'CoinTracker',
    apiKey: 'Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7dEf0hIj3kLm6nOp9qRs2tUv5wXy8z',
    secret: 'Zy8xWv5uTs2rQp9oNm6lKj3iHg0fEd7cBa4zYx1wVu8tSr5qPo2nMl9kJi6hGf3e',
  },
  {
    label: 'Treasury - Auto Transfer',
    provider: 'kraken',
    account: 'treasury',
    useCase: 'auto-transfer',
    permissions: { read: true, spotMargin: false, futures: false, withdrawals: true },
    ipWhitelist: [],
    service: 'Treasury script',
    apiKey: 'KrAkEnPuBlIcKeY0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKL',
    secret: 'KrAkEnSeCrEt0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ',
    rotationIntervalDays: 365,
  },
  {
    label: 'Hummingbot - Futures',
    provider: 'okx',
    account: 'desk',
    useCase: 'futures-bot',
    permissions: { read: true, spotMargin: false, futures: true, withdrawals: false },
    ipWhitelist: ['198.51.100.7', '2001:db8::/48'],
    service: 'Hummingbot',
    apiKey: 'OkXpUbLiCkEy0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP',
    secret: 'OkXsEcReT0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRS',
    // OKX keys cannot be used without their API passphrase (issue 10).
    passphrase: 'OkX-Pass-2026',
    rotationIntervalDays: 20,
  },
];
