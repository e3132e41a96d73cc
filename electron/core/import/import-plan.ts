// Turns what a file holds into the keys to add: labels made unique, use case `custom` unless
// given (read-only until the user records the truth), and the entries that cannot be added
// (already in the vault, twice in the file, OKX without its passphrase, invalid) skipped with
// their reason. Pure: nothing is written here.
// Invariant: skip reasons and labels never contain a value from the file.
import { CREDENTIALS, OKX_PASSPHRASE_SENTENCE } from '../../../shared/domain/credentials';
import type { Provider, UseCase } from '../../../shared/domain/exchange';
import {
  describeIssues,
  newKeyInputSchema,
  type NewKeyInput,
} from '../../../shared/domain/key-input';
import type { VaultData } from '../../../shared/domain/key-record';
import { maskApiKey } from '../../../shared/domain/key-summary';
import { PROVIDER_NAMES } from './exchanges';
import type { ImportProblem, ParsedImport } from './types';

export interface ImportOptions {
  provider?: Provider;
  useCase?: UseCase;
  labelPrefix?: string;
  /** The source file's name (not its folder), for labels. */
  fileName: string;
}

export interface PlannedKey {
  input: NewKeyInput;
  label: string;
  provider: Provider;
  maskedApiKey: string;
}

export interface ImportPlan {
  add: PlannedKey[];
  skipped: ImportProblem[];
}

const MAX_LABEL = 100;

function uniqueLabel(base: string, taken: Set<string>): string {
  const fit = (text: string, suffix: string) => text.slice(0, MAX_LABEL - suffix.length) + suffix;
  let label = fit(base, '');
  for (let n = 2; taken.has(label.toLowerCase()); n++) label = fit(base, ` (${n})`);
  taken.add(label.toLowerCase());
  return label;
}

export function planImport(data: VaultData, parsed: ParsedImport, o: ImportOptions): ImportPlan {
  const plan: ImportPlan = { add: [], skipped: [...parsed.problems] };
  const taken = new Set(data.keys.map((k) => k.label.toLowerCase()));
  const inVault = new Map(data.keys.map((k) => [k.apiKey.trim(), k.label] as const));
  const inFile = new Set<string>();
  for (const entry of parsed.entries) {
    const provider = o.provider ?? entry.provider;
    const base = `${o.labelPrefix ?? ''}${entry.name ?? `${PROVIDER_NAMES[provider]} - ${o.fileName}`}`;
    const skip = (reason: string) => plan.skipped.push({ label: base.trim(), reason });
    const existing = inVault.get(entry.apiKey);
    if (existing !== undefined) {
      skip(`its API key is already in the vault as "${existing}"`);
      continue;
    }
    if (inFile.has(entry.apiKey)) {
      skip('the same API key appears earlier in the file');
      continue;
    }
    const rule = CREDENTIALS[provider].passphrase;
    const passphrase = rule === 'none' ? undefined : entry.passphrase;
    if (rule === 'required' && !passphrase) {
      skip(`the file holds no API passphrase for it. ${OKX_PASSPHRASE_SENTENCE}`);
      continue;
    }
    const host = provider === entry.provider && entry.host !== '' ? entry.host : undefined;
    const label = uniqueLabel(base, new Set(taken));
    const input: NewKeyInput = {
      label,
      provider,
      useCase: o.useCase ?? 'custom',
      apiKey: entry.apiKey,
      secret: entry.secret,
      ...(passphrase && { passphrase }),
      ...(host && { host }),
      notes: `Imported from ${o.fileName} (${entry.origin}).`,
    };
    const checked = newKeyInputSchema.safeParse(input);
    if (!checked.success) {
      skip(describeIssues(checked.error));
      continue;
    }
    taken.add(label.toLowerCase());
    inFile.add(entry.apiKey);
    plan.add.push({ input, label, provider, maskedApiKey: maskApiKey(entry.apiKey) });
  }
  return plan;
}
