import { describe, expect, it } from 'vitest';
import { tagList } from './tags-field';

describe('tagList', () => {
  it('splits on commas, trims and drops empty entries', () => {
    expect(tagList(' vps-1, grid ,, ')).toEqual(['vps-1', 'grid']);
    expect(tagList('')).toEqual([]);
    expect(tagList('dca bot')).toEqual(['dca bot']);
  });
});
