import { describe, expect, it } from 'vitest';
import { checkIpEntry } from './ip';

describe('checkIpEntry', () => {
  it.each([
    '1.2.3.4',
    '10.0.0.0/8',
    '255.255.255.255/32',
    '::1',
    '2001:db8::/32',
    'fe80::1:2',
    '::ffff:1.2.3.4',
    '2001:0db8:0000:0000:0000:ff00:0042:8329',
  ])('accepts %s', (entry) => {
    expect(checkIpEntry(` ${entry} `)).toEqual({ ok: true, value: entry });
  });
  it.each([
    '',
    '1.2.3',
    '1.2.3.256',
    '01.2.3.4',
    '1.2.3.4/33',
    '1.2.3.4/',
    '1::2::3',
    '2001:db8::/129',
    'example.com',
    '1.2.3.4/8/1',
    '12345::',
    ':::',
  ])('refuses %s', (entry) => {
    expect(checkIpEntry(entry).ok).toBe(false);
  });
});
