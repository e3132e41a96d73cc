import { describe, expect, it } from 'vitest';
import { autoLabel } from './auto-label';

describe('autoLabel', () => {
  it('is the base label, or the first free numbered one (labels clash case-insensitively)', () => {
    expect(autoLabel('Binance key 2026-12-01', [])).toBe('Binance key 2026-12-01');
    expect(
      autoLabel('Binance key 2026-12-01', ['binance KEY 2026-12-01', 'Binance key 2026-12-01 (2)']),
    ).toBe('Binance key 2026-12-01 (3)');
  });
});
