import { describe, expect, it } from 'vitest';
import { envFileText, execCommandLine, execVariables, shellQuote } from './exec-env';

describe('execVariables', () => {
  it('names what `keyward exec` sets: the provider in capitals, the passphrase only if any', () => {
    expect(execVariables('binance', false)).toEqual([
      ['BINANCE_API_KEY', 'apiKey'],
      ['BINANCE_API_SECRET', 'secret'],
    ]);
    expect(execVariables('okx', true).map(([name]) => name)).toEqual([
      'OKX_API_KEY',
      'OKX_API_SECRET',
      'OKX_API_PASSPHRASE',
    ]);
    expect(execVariables('okx', false, 'bot')[0]).toEqual(['BOT_API_KEY', 'apiKey']);
  });
});

describe('envFileText', () => {
  it('writes plain values as they are, one line each', () => {
    expect(
      envFileText([
        ['BINANCE_API_KEY', 'vmPUabc123'],
        ['BINANCE_API_SECRET', 'NhqPt/mDAb+c='],
      ]),
    ).toBe('BINANCE_API_KEY=vmPUabc123\nBINANCE_API_SECRET=NhqPt/mDAb+c=\n');
  });

  it('quotes and escapes anything else so it reads back the same (PEM line feeds, $, quotes)', () => {
    const pem = '-----BEGIN PRIVATE KEY-----\nMC4CAQ\n-----END PRIVATE KEY-----';
    expect(envFileText([['K', pem]])).toBe(
      'K="-----BEGIN PRIVATE KEY-----\\nMC4CAQ\\n-----END PRIVATE KEY-----"\n',
    );
    expect(envFileText([['P', 'a b"$c`\\']])).toBe('P="a b\\"\\$c\\`\\\\"\n');
    // Never more than one line per variable.
    expect(envFileText([['K', pem]]).split('\n')).toHaveLength(2);
  });
});

describe('execCommandLine', () => {
  it('quotes the label as one shell word', () => {
    expect(execCommandLine('Binance - Grid bot', 'python bot.py')).toBe(
      'keyward exec "Binance - Grid bot" -- python bot.py',
    );
    expect(shellQuote('a "b" $HOME `x` \\')).toBe('"a \\"b\\" \\$HOME \\`x\\` \\\\"');
  });
});
