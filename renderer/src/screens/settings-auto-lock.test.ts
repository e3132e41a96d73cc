import { describe, expect, it } from 'vitest';
import { parseAutoLockMinutes } from './settings-auto-lock';

describe('auto-lock minutes as typed', () => {
  it('accepts whole minutes from 1 to 1440', () => {
    expect(parseAutoLockMinutes('1')).toBe(1);
    expect(parseAutoLockMinutes(' 25 ')).toBe(25);
    expect(parseAutoLockMinutes('1440')).toBe(1440);
  });

  it('says whether it is empty or out of range', () => {
    expect(parseAutoLockMinutes('')).toBe('empty');
    expect(parseAutoLockMinutes('   ')).toBe('empty');
    for (const bad of ['0', '1441', '2.5', '-3', '1e3', 'ten']) {
      expect(parseAutoLockMinutes(bad)).toBe('range');
    }
  });
});
