// Filtering and sorting of the key list: pure, so the bench can time it on 10,000 keys.
// Each row carries its finding count and worst severity (core computes them, keys.list), so
// filtering by findings needs no findings list. Search text is lower-cased once per key list
// (cached by array identity), so a keystroke costs one `includes` per key.
import type { KeyStatus, Provider } from '../../../shared/domain/exchange';
import { byRotationDue } from '../../../shared/domain/key-summary';
import type { KeyListItem, Severity } from '../../../shared/ipc/views';

export interface KeyFilters {
  query: string;
  provider: Provider | 'all';
  status: KeyStatus | 'all';
  finding: 'all' | 'any' | 'critical' | 'none';
  sort: 'due' | 'label' | 'findings';
}

export const SEVERITY_ORDER: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

export function severityRank(s: Severity): number {
  return SEVERITY_ORDER.indexOf(s);
}

/** Lower is worse; a key without findings ranks after every severity. */
function worstRank(key: KeyListItem): number {
  return key.worstSeverity === null ? SEVERITY_ORDER.length : severityRank(key.worstSeverity);
}

const haystacks = new WeakMap<readonly KeyListItem[], string[]>();

function haystackOf(keys: readonly KeyListItem[]): string[] {
  let list = haystacks.get(keys);
  if (!list) {
    list = keys.map((k) =>
      [k.label, k.service ?? '', k.account, k.provider, k.useCase, k.fingerprint, k.notes]
        .join('\u0000')
        .toLowerCase(),
    );
    haystacks.set(keys, list);
  }
  return list;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export function filterKeys(keys: readonly KeyListItem[], filters: KeyFilters): KeyListItem[] {
  const query = filters.query.trim().toLowerCase();
  const texts = haystackOf(keys);
  const out: KeyListItem[] = [];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (filters.provider !== 'all' && key.provider !== filters.provider) continue;
    if (filters.status !== 'all' && key.status !== filters.status) continue;
    if (filters.finding === 'any' && key.findingCount === 0) continue;
    if (filters.finding === 'none' && key.findingCount > 0) continue;
    if (filters.finding === 'critical' && key.worstSeverity !== 'critical') continue;
    if (query !== '' && !texts[i]!.includes(query)) continue;
    out.push(key);
  }
  return sortKeys(out, filters.sort);
}

export function sortKeys(keys: KeyListItem[], sort: KeyFilters['sort']): KeyListItem[] {
  if (sort === 'label') return keys.sort((a, b) => collator.compare(a.label, b.label));
  if (sort === 'findings') {
    return keys.sort(
      (a, b) =>
        worstRank(a) - worstRank(b) || b.findingCount - a.findingCount || byRotationDue(a, b),
    );
  }
  return keys.sort(byRotationDue);
}
