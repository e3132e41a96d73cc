import { describe, expect, it } from 'vitest';
import { rotationDaysValid } from './rotation-days';

describe('rotationDaysValid', () => {
  it('accepts whole days from 1 to 3650', () => {
    expect(rotationDaysValid('1')).toBe(true);
    expect(rotationDaysValid('90')).toBe(true);
    expect(rotationDaysValid('3650')).toBe(true);
  });

  it('rejects an empty field, zero, fractions, out-of-range and non-numbers', () => {
    for (const text of ['', '0', '-5', '1.5', '3651', 'abc']) {
      expect(rotationDaysValid(text), text).toBe(false);
    }
  });
});
