// Sample key inputs for tests. The values are made up and shaped like Binance's.
import type { NewKeyInput } from '../../../shared/domain/key-input';

export function sampleKey(n: number, overrides: Partial<NewKeyInput> = {}): NewKeyInput {
  const pad = String(n).padStart(6, '0');
  return {
    label: `Bot ${pad} - Trading`,
    provider: 'binance',
    useCase: 'spot-bot',
    apiKey: `APIKEY${pad}vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A`,
    secret: `SECRET${pad}NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j`,
    ipWhitelist: ['203.0.113.7'],
    ...overrides,
  };
}
