import { describe, expect, it } from 'vitest';
import { apiKeyFingerprint } from './fingerprint';

describe('apiKeyFingerprint', () => {
  it('is the first 4 and the last 4 characters joined by an ellipsis', () => {
    expect(apiKeyFingerprint('vmPUabcdefghijklmnopqrstuvwxyzEh8A')).toBe('vmPU…Eh8A');
  });

  it('never holds the middle of the key', () => {
    const key = 'AAAA' + 'secretmiddle' + 'ZZZZ';
    expect(apiKeyFingerprint(key)).not.toContain('secretmiddle');
    expect(apiKeyFingerprint(key)).toHaveLength(9);
  });
});
