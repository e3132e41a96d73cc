// Labels (the entry's own name, else "<Exchange> - <file>", after the prefix, made unique
// against the vault and the file), the use case, hosts, and the reasons for skipping.
import { describe, expect, it } from 'vitest';
import { makeKey, makeVault } from '../../../shared/findings/test-fixtures';
import { planImport } from './import-plan';
import type { ImportEntry, ParsedImport } from './types';

const K = 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgw';
const S = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjIn';
const entry = (over: Partial<ImportEntry>): ImportEntry => ({
  provider: 'binance',
  host: 'api.binance.com',
  apiKey: K,
  secret: S,
  origin: 'x',
  ...over,
});
const parsed = (entries: ImportEntry[]): ParsedImport => ({
  format: 'keepassxc-csv',
  entries,
  problems: [],
});

describe('planImport', () => {
  it('names keys, makes labels unique, keeps hosts, defaults to custom', () => {
    const vault = makeVault([makeKey({ label: 'Old Binance - keys.csv', apiKey: 'OTHER' })]);
    const plan = planImport(
      vault,
      parsed([
        entry({ apiKey: `${K}1` }),
        entry({ apiKey: `${K}2`, name: 'Grid Bot' }),
        entry({ apiKey: `${K}3`, provider: 'okx', host: 'eea.okx.com', passphrase: 'Pass-1234' }),
        entry({ apiKey: `${K}4` }),
      ]),
      { fileName: 'keys.csv', labelPrefix: 'Old ' },
    );
    expect(plan.skipped).toEqual([]);
    expect(plan.add.map((p) => [p.label, p.input.host, p.input.useCase])).toEqual([
      ['Old Binance - keys.csv (2)', 'api.binance.com', 'custom'],
      ['Old Grid Bot', 'api.binance.com', 'custom'],
      ['Old OKX - keys.csv', 'eea.okx.com', 'custom'],
      ['Old Binance - keys.csv (3)', 'api.binance.com', 'custom'],
    ]);
    expect(plan.add[2]!.input.passphrase).toBe('Pass-1234');
  });

  it('skips duplicates and OKX without passphrase with reasons that hold no value', () => {
    const vault = makeVault([makeKey({ label: 'Binance main', apiKey: K })]);
    const plan = planImport(
      vault,
      parsed([
        entry({}),
        entry({ apiKey: `${K}9`, name: 'A' }),
        entry({ apiKey: `${K}9`, name: 'B' }),
        entry({ apiKey: `${K}8`, provider: 'okx', host: 'www.okx.com', name: 'OKX bot' }),
      ]),
      { fileName: 'f.csv', useCase: 'spot-bot' },
    );
    expect(plan.add.map((p) => [p.label, p.input.useCase])).toEqual([['A', 'spot-bot']]);
    expect(plan.skipped.map((s) => [s.label, s.reason.slice(0, 40)])).toEqual([
      ['Binance - f.csv', 'its API key is already in the vault as "'],
      ['B', 'the same API key appears earlier in the '],
      ['OKX bot', 'the file holds no API passphrase for it.'],
    ]);
    expect(JSON.stringify(plan.skipped)).not.toContain(S.slice(0, 8));
    expect(JSON.stringify(plan.skipped)).not.toContain(K.slice(0, 8));
  });
});
