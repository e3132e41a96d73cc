import { describe, expect, it } from 'vitest';
import { keyRow } from '../test/key-row';
import { QUICK_SEARCH_RESULTS, matchKeys } from './quick-search-match';

describe('matchKeys', () => {
  const keys = [
    keyRow('a', { label: '3Commas - Trading Bot', service: '3Commas' }),
    keyRow('b', { label: 'Tax export', service: 'CoinTracker' }),
    keyRow('c', { label: 'Treasury - Auto Transfer', service: 'Treasury script' }),
  ];

  it('finds by label or by service, every word, any case', () => {
    expect(matchKeys(keys, 'coinTRACKER').map((k) => k.id)).toEqual(['b']);
    expect(matchKeys(keys, 'treasury script').map((k) => k.id)).toEqual(['c']);
    expect(matchKeys(keys, 'trading 3commas').map((k) => k.id)).toEqual(['a']);
    expect(matchKeys(keys, 'kraken')).toEqual([]);
  });

  it('an empty search lists the keys in order, at most a few', () => {
    const many = Array.from({ length: 20 }, (_, i) => keyRow(String(i)));
    expect(matchKeys(many, '  ')).toHaveLength(QUICK_SEARCH_RESULTS);
    expect(matchKeys(keys, '').map((k) => k.id)).toEqual(['a', 'b', 'c']);
  });
});
