// Filtering and sorting of the key list: pure, so the bench can time it on 10,000 keys.
// Search text is lower-cased once per key list (cached by array identity), so a keystroke
// costs one `includes` per key.
import type { KeyStatus, Provider } from '../../../shared/domain/exchange';
import type { Finding, KeySummary, Severity } from '../../../shared/ipc/views';

export interface KeyFilters {
  query: string;
  provider: Provider | 'all';
  status: KeyStatus | 'all';
  finding: 'all' | 'any' | 'critical' | 'none';
  sort: 'due' | 'label' | 'findings';
}

export interface KeyFindingStats {
  count: number;
  /** Index into SEVERITY_ORDER; lower is worse. */
  worst: number;
}

export const SEVERITY_ORDER: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

export function severityRank(s: Severity): number {
  return SEVERITY_ORDER.indexOf(s);
}

export function findingsByKey(findings: readonly Finding[]): Map<string, KeyFindingStats> {
  const map = new Map<string, KeyFindingStats>();
  for (const f of findings) {
    if (!f.keyId) continue;
    const rank = severityRank(f.severity);
    const stats = map.get(f.keyId);
    if (stats) {
      stats.count += 1;
      stats.worst = Math.min(stats.worst, rank);
    } else map.set(f.keyId, { count: 1, worst: rank });
  }
  return map;
}

const haystacks = new WeakMap<readonly KeySummary[], string[]>();

function haystackOf(keys: readonly KeySummary[]): string[] {
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

const NONE: KeyFindingStats = { count: 0, worst: SEVERITY_ORDER.length };

export function filterKeys(
  keys: readonly KeySummary[],
  byKey: ReadonlyMap<string, KeyFindingStats>,
  filters: KeyFilters,
): KeySummary[] {
  const query = filters.query.trim().toLowerCase();
  const texts = haystackOf(keys);
  const out: KeySummary[] = [];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (filters.provider !== 'all' && key.provider !== filters.provider) continue;
    if (filters.status !== 'all' && key.status !== filters.status) continue;
    if (filters.finding !== 'all') {
      const stats = byKey.get(key.id) ?? NONE;
      if (filters.finding === 'any' && stats.count === 0) continue;
      if (filters.finding === 'none' && stats.count > 0) continue;
      if (filters.finding === 'critical' && stats.worst !== 0) continue;
    }
    if (query !== '' && !texts[i]!.includes(query)) continue;
    out.push(key);
  }
  return sortKeys(out, byKey, filters.sort);
}

export function sortKeys(
  keys: KeySummary[],
  byKey: ReadonlyMap<string, KeyFindingStats>,
  sort: KeyFilters['sort'],
): KeySummary[] {
  if (sort === 'label') return keys.sort((a, b) => collator.compare(a.label, b.label));
  if (sort === 'findings') {
    return keys.sort((a, b) => {
      const sa = byKey.get(a.id) ?? NONE;
      const sb = byKey.get(b.id) ?? NONE;
      return sa.worst - sb.worst || sb.count - sa.count || cmp(a.rotationDueAt, b.rotationDueAt);
    });
  }
  // ISO dates in UTC compare as strings.
  return keys.sort((a, b) => cmp(a.rotationDueAt, b.rotationDueAt) || cmp(a.label, b.label));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
