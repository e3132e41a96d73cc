import { describe, expect, it } from 'vitest';
import { parseQuickGet } from './quick-get';

describe('parseQuickGet', () => {
  it('takes the plain forms of get', () => {
    expect(parseQuickGet(['get', 'Bot'])).toEqual({
      vault: undefined,
      ref: 'Bot',
      field: 'secret',
      newline: true,
    });
    expect(parseQuickGet(['--vault', '/v', 'get', 'Bot', '--field', 'apiKey', '-n'])).toEqual({
      vault: '/v',
      ref: 'Bot',
      field: 'apiKey',
      newline: false,
    });
    expect(parseQuickGet(['get', '--no-newline', 'Bot'])).toMatchObject({
      ref: 'Bot',
      newline: false,
    });
  });

  it('leaves everything else to the full CLI', () => {
    for (const args of [
      [],
      ['list'],
      ['get'],
      ['get', 'a', 'b'],
      ['get', 'Bot', '--field', 'password'],
      ['get', 'Bot', '--field'],
      ['get', 'Bot', '--field=apiKey'],
      ['get', 'Bot', '--passphrase-stdin'],
      ['get', 'Bot', '--help'],
      ['--vault', 'get', 'Bot'],
      ['--vault'],
      ['exec', 'Bot', '--', 'true'],
    ]) {
      expect(parseQuickGet(args), args.join(' ')).toBeNull();
    }
  });
});
