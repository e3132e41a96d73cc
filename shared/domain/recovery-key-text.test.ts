import { describe, expect, it } from 'vitest';
import { cleanRecoveryKey, formatRecoveryKeyInput } from './recovery-key-text';

describe('recovery key text', () => {
  it('reads look-alikes, case, spaces and dashes the way the parser does', () => {
    expect(cleanRecoveryKey(' 7k2m-qxId lo0O\n')).toBe('7K2MQX1D1000');
  });

  it('shows the typed key in groups of four', () => {
    expect(formatRecoveryKeyInput('7k2mqxidl')).toBe('7K2M-QX1D-1');
    expect(formatRecoveryKeyInput('7K2M-')).toBe('7K2M');
    expect(formatRecoveryKeyInput('')).toBe('');
    expect(formatRecoveryKeyInput('abcd efgh ijkl')).toBe('ABCD-EFGH-1JK1');
  });
});
