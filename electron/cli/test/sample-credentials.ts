// One key per exchange as that exchange issues it, for the CLI's credential tests. Private keys
// are made fresh (node:crypto) so no key material is committed.
import { generateKeyPairSync, randomBytes } from 'node:crypto';

export interface SampleKey {
  label: string;
  provider: string;
  /** Extra `add` options (host, environment, key type, extras...). */
  options: string[];
  apiKey: string;
  secret: string;
  passphrase?: string;
  /** What list/show --json should say. */
  expected: Record<string, unknown>;
  /** The variable prefix `exec` uses by default. */
  prefix: string;
}

const ecPem = () =>
  generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
    .privateKey.export({ type: 'sec1', format: 'pem' })
    .toString();
const rsaPem = () =>
  generateKeyPairSync('rsa', { modulusLength: 1024 })
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString();

export const OKX_PASSPHRASE = 'Okx-Pass-7f3#Qz';
export const OTHER_PASSPHRASE = 'Other-Pass-9k2!Lm';

export function sampleKeys(): SampleKey[] {
  return [
    {
      label: 'Binance - Testnet Bot',
      provider: 'binance',
      options: ['--environment', 'testnet', '--use-case', 'spot-bot'],
      apiKey: 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A',
      secret: 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j',
      expected: {
        host: 'testnet.binance.vision',
        environment: 'testnet',
        keyType: 'hmac',
        hasPassphrase: false,
        extras: [],
      },
      prefix: 'BINANCE',
    },
    {
      label: 'OKX - Grid Bot',
      provider: 'okx',
      options: ['--host', 'eea.okx.com', '--use-case', 'spot-bot'],
      apiKey: '1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d',
      secret: '0123456789ABCDEF0123456789ABCDEF',
      passphrase: OKX_PASSPHRASE,
      expected: {
        host: 'eea.okx.com',
        environment: 'live',
        keyType: 'hmac',
        hasPassphrase: true,
        // One Trade switch: spot and futures together.
        permissions: { read: true, spotMargin: true, futures: true, withdrawals: false },
      },
      prefix: 'OKX',
    },
    {
      label: 'Bybit - Transfers',
      provider: 'bybit',
      options: [
        '--key-type',
        'rsa',
        '--host',
        'api.bybit.nl',
        '--use-case',
        'auto-transfer',
        '--perm',
        'read,withdrawals',
        '--ip',
        '203.0.113.9',
        '--extra',
        'Wallet.AccountTransfer',
        '--extra',
        'Wallet.SubMemberTransfer',
      ],
      apiKey: 'XyZ0123456789AbCdE',
      secret: rsaPem(),
      expected: {
        host: 'api.bybit.nl',
        keyType: 'rsa',
        extras: ['Wallet.AccountTransfer', 'Wallet.SubMemberTransfer'],
        hasPassphrase: false,
      },
      prefix: 'BYBIT',
    },
    {
      label: 'Coinbase - EC Tracker',
      provider: 'coinbase',
      options: ['--use-case', 'portfolio-tracking'],
      apiKey: 'organizations/0a1b2c3d-org/apiKeys/9f8e7d6c-key',
      secret: ecPem(),
      expected: { host: 'api.coinbase.com', keyType: 'ecdsa', hasPassphrase: false },
      prefix: 'COINBASE',
    },
    {
      label: 'Coinbase - Ed25519 Tracker',
      provider: 'coinbase',
      options: ['--use-case', 'tax-reports'],
      apiKey: 'organizations/0a1b2c3d-org/apiKeys/1234abcd-key',
      secret: randomBytes(64).toString('base64'),
      expected: { host: 'api.coinbase.com', keyType: 'ed25519' },
      prefix: 'COINBASE',
    },
    {
      label: 'Kraken - Tax Export',
      provider: 'kraken',
      options: ['--use-case', 'tax-reports'],
      apiKey: 'K'.repeat(56),
      secret: randomBytes(64).toString('base64'),
      expected: { host: 'api.kraken.com', keyType: 'hmac', environment: 'live' },
      prefix: 'KRAKEN',
    },
    {
      label: 'Other - With Passphrase',
      provider: 'other',
      options: ['--with-passphrase', '--environment', 'demo'],
      apiKey: 'other-api-key-123',
      secret: 'other-secret-456',
      passphrase: OTHER_PASSPHRASE,
      expected: { host: '', environment: 'demo', hasPassphrase: true },
      prefix: 'OTHER',
    },
  ];
}

/** The `add` arguments (API key from stdin) and stdin for a sample. */
export function addCommand(key: SampleKey): { args: string[]; input: string } {
  return {
    args: [
      'add',
      '--label',
      key.label,
      '--provider',
      key.provider,
      '--api-key-stdin',
      ...key.options,
    ],
    input:
      key.passphrase !== undefined
        ? `${key.apiKey}\n${key.secret}\n${key.passphrase}\n`
        : `${key.apiKey}\n${key.secret}`,
  };
}
