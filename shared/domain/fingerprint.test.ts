import { describe, expect, it } from 'vitest';
import { apiKeyFingerprint } from './fingerprint';

describe('apiKeyFingerprint', () => {
  it('is the first 4 and last 4 characters of the API key, as the exchange page shows them', () => {
    expect(
      apiKeyFingerprint('vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A'),
    ).toBe('vmPU…Eh8A');
    expect(apiKeyFingerprint('0f7c2d1e-aaaa-bbbb-cccc-1234567890ab')).toBe('0f7c…90ab');
  });
});
