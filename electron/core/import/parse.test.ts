// Every import format, from small fixtures, including malformed ones; detection from content.
import { describe, expect, it } from 'vitest';
import { exchangeFromId, exchangeFromText } from './exchanges';
import { detectFormat, parseImport } from './parse';
import { ImportFormatError } from './types';

const K = 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgw';
const S = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjIn';

describe('exchange ids', () => {
  it('map to provider and host', () => {
    expect(exchangeFromId('binanceus')).toEqual({ provider: 'binance', host: 'api.binance.us' });
    expect(exchangeFromId('myokx')).toEqual({ provider: 'okx', host: 'eea.okx.com' });
    expect(exchangeFromId('okxus')).toEqual({ provider: 'okx', host: 'us.okx.com' });
    expect(exchangeFromId('okx')).toEqual({ provider: 'okx', host: 'www.okx.com' });
    expect(exchangeFromId('bybit')).toEqual({ provider: 'bybit', host: 'api.bybit.com' });
    expect(exchangeFromId('kraken')).toEqual({ provider: 'kraken', host: 'api.kraken.com' });
    expect(exchangeFromId('coinbase')).toEqual({ provider: 'coinbase', host: 'api.coinbase.com' });
    expect(exchangeFromId('binance')).toEqual({ provider: 'binance', host: 'api.binance.com' });
    expect(exchangeFromId('hyperliquid')).toBeNull();
  });

  it('are read from titles and URLs', () => {
    expect(exchangeFromText('https://www.binance.us/en')?.host).toBe('api.binance.us');
    expect(exchangeFromText('https://my.okx.com/account')?.host).toBe('eea.okx.com');
    expect(exchangeFromText('Binance US trading')?.host).toBe('api.binance.us');
    expect(exchangeFromText('My Kraken key')?.provider).toBe('kraken');
    expect(exchangeFromText('Gmail', 'https://mail.google.com')).toBeNull();
  });
});

describe('env', () => {
  it('groups by prefix, names the exchange from it, takes quotes and export', () => {
    const text = [
      '# bot settings',
      `export BINANCEUS_API_KEY="${K}"`,
      `BINANCEUS_API_SECRET='${S}'`,
      `OKX_API_KEY=${K}1`,
      `OKX_SECRET_KEY=${S}1 # the secret`,
      'OKX_API_PASSPHRASE=Pass phrase 1',
      `MYBOT_API_KEY=${K}2`,
      `MYBOT_API_SECRET=${S}2`,
      `LONELY_API_KEY=${K}3`,
      'DB_PASSWORD=not-a-key',
    ].join('\n');
    expect(detectFormat(text)).toBe('env');
    const r = parseImport(text);
    expect(r.entries).toEqual([
      {
        provider: 'binance',
        host: 'api.binance.us',
        apiKey: K,
        secret: S,
        origin: 'BINANCEUS_API_KEY',
      },
      {
        provider: 'okx',
        host: 'www.okx.com',
        apiKey: `${K}1`,
        secret: `${S}1`,
        passphrase: 'Pass phrase 1',
        origin: 'OKX_API_KEY',
      },
      { provider: 'other', host: '', apiKey: `${K}2`, secret: `${S}2`, origin: 'MYBOT_API_KEY' },
    ]);
    expect(r.problems).toEqual([
      { label: 'LONELY', reason: 'the file has an API key but no secret for LONELY' },
    ]);
  });

  it('refuses a file with no key pair', () => {
    expect(() => parseImport('HOME=/x\nPATH=/bin\n', 'env')).toThrow(ImportFormatError);
    expect(detectFormat('just some text\n')).toBeNull();
    expect(() => parseImport('just some text\n')).toThrow(/not recognised/);
  });
});

describe('freqtrade', () => {
  const config = `// freqtrade config
{
  "max_open_trades": 3, /* comment */
  "exchange": {
    "name": "myokx",
    "key": "${K}",
    "secret": "${S}",
    "password": "Okx-Pass-1",
  },
}`;

  it('reads exchange.name, key, secret, password from JSON with comments', () => {
    expect(detectFormat(config)).toBe('freqtrade');
    expect(parseImport(config).entries).toEqual([
      {
        provider: 'okx',
        host: 'eea.okx.com',
        apiKey: K,
        secret: S,
        passphrase: 'Okx-Pass-1',
        origin: 'exchange myokx',
      },
    ]);
  });

  it('refuses a config without keys, and malformed JSON', () => {
    expect(() =>
      parseImport('{"exchange": {"name": "binance", "key": "", "secret": ""}}', 'freqtrade'),
    ).toThrow(/has no key and secret/);
    expect(() => parseImport('{"exchange": {"name": "binance", ', 'freqtrade')).toThrow(
      /not a freqtrade config/,
    );
  });
});

describe('ccxt-json', () => {
  it('reads { id: { apiKey, secret, password } }', () => {
    const text = JSON.stringify({
      binance: { apiKey: K, secret: S },
      okxus: { apiKey: `${K}1`, secret: `${S}1`, password: 'pw-123456' },
      kraken: { apiKey: `${K}2` },
    });
    expect(detectFormat(text)).toBe('ccxt-json');
    const r = parseImport(text);
    expect(r.entries.map((e) => [e.provider, e.host, e.passphrase])).toEqual([
      ['binance', 'api.binance.com', undefined],
      ['okx', 'us.okx.com', 'pw-123456'],
    ]);
    expect(r.problems).toEqual([{ label: 'kraken', reason: '"kraken" lacks its secret' }]);
  });

  it('refuses JSON of another shape', () => {
    expect(() => parseImport('[1, 2]', 'ccxt-json')).toThrow(ImportFormatError);
    expect(detectFormat('{"a": 1}')).toBeNull();
  });
});

describe('keepassxc-csv', () => {
  const header =
    '"Group","Title","Username","Password","URL","Notes","TOTP","Icon","Last Modified","Created"';
  it('reads entries that name an exchange, title as name, passphrase from notes', () => {
    const text = [
      header,
      `"Root/Exchanges","Binance - Grid Bot","${K}","${S}","https://www.binance.com","",,"0","2024-01-01T00:00:00Z","2024-01-01T00:00:00Z"`,
      `"Root/Exchanges","OKX main","${K}1","${S}1","https://my.okx.com","note line\npassphrase: Okx, pass","","0","",""`,
      `"Root","Gmail","me@example.com","hunter2hunter2","https://mail.google.com","","","0","",""`,
    ].join('\n');
    expect(detectFormat(text)).toBe('keepassxc-csv');
    const r = parseImport(text);
    expect(r.entries).toEqual([
      {
        name: 'Binance - Grid Bot',
        provider: 'binance',
        host: 'api.binance.com',
        apiKey: K,
        secret: S,
        origin: 'Binance - Grid Bot',
      },
      {
        name: 'OKX main',
        provider: 'okx',
        host: 'eea.okx.com',
        apiKey: `${K}1`,
        secret: `${S}1`,
        passphrase: 'Okx, pass',
        origin: 'OKX main',
      },
    ]);
  });

  it('refuses broken CSV and a CSV without the columns', () => {
    expect(() => parseImport(`${header}\n"unterminated,"x`, 'keepassxc-csv')).toThrow(
      /cannot be read/,
    );
    expect(() => parseImport('a,b\n1,2\n', 'keepassxc-csv')).toThrow(/not a KeePassXC CSV/);
  });
});

describe('bitwarden-json', () => {
  it('reads login items that name an exchange, with custom fields', () => {
    const text = JSON.stringify({
      encrypted: false,
      folders: [],
      items: [
        {
          type: 1,
          name: 'Bybit - Futures',
          login: { username: 'me', password: 'pw', uris: [{ uri: 'https://www.bybit.com' }] },
          fields: [
            { name: 'API Key', value: K, type: 0 },
            { name: 'API Secret', value: S, type: 1 },
          ],
        },
        { type: 1, name: 'Kraken', login: { username: `${K}1`, password: `${S}1`, uris: [] } },
        { type: 1, name: 'Email', login: { username: 'a', password: 'b', uris: [] } },
        { type: 2, name: 'Coinbase note', notes: 'no key here' },
      ],
    });
    expect(detectFormat(text)).toBe('bitwarden-json');
    const r = parseImport(text);
    expect(r.entries).toEqual([
      {
        name: 'Bybit - Futures',
        provider: 'bybit',
        host: 'api.bybit.com',
        apiKey: K,
        secret: S,
        origin: 'Bybit - Futures',
      },
      {
        name: 'Kraken',
        provider: 'kraken',
        host: 'api.kraken.com',
        apiKey: `${K}1`,
        secret: `${S}1`,
        origin: 'Kraken',
      },
    ]);
    expect(r.problems).toEqual([
      { label: 'Coinbase note', reason: 'no API key and secret in the item' },
    ]);
  });

  it('refuses an encrypted export and a file of another shape', () => {
    expect(() => parseImport('{"encrypted": true, "items": []}')).toThrow(/encrypted/);
    expect(() => parseImport('{"items": 3}', 'bitwarden-json')).toThrow(ImportFormatError);
  });
});
