// Filtering and sorting of the key list: pure, so the bench can time it on 10,000 keys.
// Each row carries its finding count and worst severity (core computes them, keys.list), so
// filtering by findings needs no findings list. Search covers what the row shows, in the UI
// language (`SearchWords`: the names of use cases, permissions and exchanges), lower-cased
// once per key list and language (cached by array and words identity), so a keystroke costs
// one `includes` per key.
import { PERMISSIONS, type KeyStatus, type Provider } from '../../../shared/domain/exchange';
import { byRotationDue } from '../../../shared/domain/key-summary';
import type { KeyListItem, Severity } from '../../../shared/ipc/views';

export const SORTS = [
  'due',
  'findings',
  'label',
  'exchange',
  'created',
  'rotated',
  'copied',
] as const;
export type KeySort = (typeof SORTS)[number];

export interface KeyFilters {
  query: string;
  provider: Provider | 'all';
  status: KeyStatus | 'all';
  finding: 'all' | 'any' | 'critical' | 'none';
  /** A tag (matched ignoring case), or '' for every key. */
  tag: string;
  sort: KeySort;
}

/**
 * How the UI names ids in the current language, so a search finds what the row shows
 * ("Futures Trading", "合约交易"). Without it, the search matches the ids only.
 */
export interface SearchWords {
  provider: (id: string) => string;
  useCase: (id: string) => string;
  permission: (id: string) => string;
}

export const SEVERITY_ORDER: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

export function severityRank(s: Severity): number {
  return SEVERITY_ORDER.indexOf(s);
}

/** Lower is worse; a key without findings ranks after every severity. */
function worstRank(key: KeyListItem): number {
  return key.worstSeverity === null ? SEVERITY_ORDER.length : severityRank(key.worstSeverity);
}

const IDS: SearchWords = { provider: (id) => id, useCase: (id) => id, permission: (id) => id };

function searchText(k: KeyListItem, words: SearchWords): string {
  const granted = PERMISSIONS.filter((p) => k.permissions[p]);
  return [
    k.label,
    k.service ?? '',
    k.account,
    k.provider,
    words.provider(k.provider),
    k.useCase,
    words.useCase(k.useCase),
    ...granted.map((p) => words.permission(p)),
    ...k.ipWhitelist,
    k.fingerprint,
    ...k.tags,
    k.notes,
  ]
    .join('\u0000')
    .toLowerCase();
}

const haystacks = new WeakMap<readonly KeyListItem[], { words: SearchWords; texts: string[] }>();

function haystackOf(keys: readonly KeyListItem[], words: SearchWords): string[] {
  const cached = haystacks.get(keys);
  if (cached && cached.words === words) return cached.texts;
  const texts = keys.map((k) => searchText(k, words));
  haystacks.set(keys, { words, texts });
  return texts;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Every tag used by the keys, each once (ignoring case), in alphabetical order. */
export function tagsOf(keys: readonly KeyListItem[]): string[] {
  const seen = new Map<string, string>();
  for (const key of keys) {
    for (const tag of key.tags) if (!seen.has(tag.toLowerCase())) seen.set(tag.toLowerCase(), tag);
  }
  return [...seen.values()].sort((a, b) => collator.compare(a, b));
}

export function filterKeys(
  keys: readonly KeyListItem[],
  filters: KeyFilters,
  words: SearchWords = IDS,
): KeyListItem[] {
  const query = filters.query.trim().toLowerCase();
  const tag = filters.tag.toLowerCase();
  const texts = query === '' ? [] : haystackOf(keys, words);
  const out: KeyListItem[] = [];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (filters.provider !== 'all' && key.provider !== filters.provider) continue;
    if (filters.status !== 'all' && key.status !== filters.status) continue;
    if (filters.finding === 'any' && key.findingCount === 0) continue;
    if (filters.finding === 'none' && key.findingCount > 0) continue;
    if (filters.finding === 'critical' && key.worstSeverity !== 'critical') continue;
    if (tag !== '' && !key.tags.some((t) => t.toLowerCase() === tag)) continue;
    if (query !== '' && !texts[i]!.includes(query)) continue;
    out.push(key);
  }
  return sortKeys(out, filters.sort, words);
}

/** Newest first; a key without the date (never copied) after every key with one. */
function newestFirst(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}

export function sortKeys(
  keys: KeyListItem[],
  sort: KeySort,
  words: SearchWords = IDS,
): KeyListItem[] {
  switch (sort) {
    case 'label':
      return keys.sort((a, b) => collator.compare(a.label, b.label));
    case 'findings':
      return keys.sort(
        (a, b) =>
          worstRank(a) - worstRank(b) || b.findingCount - a.findingCount || byRotationDue(a, b),
      );
    case 'exchange':
      return keys.sort(
        (a, b) =>
          collator.compare(words.provider(a.provider), words.provider(b.provider)) ||
          collator.compare(a.label, b.label),
      );
    case 'created':
      return keys.sort((a, b) => newestFirst(a.createdAt, b.createdAt) || byRotationDue(a, b));
    case 'rotated':
      return keys.sort(
        (a, b) => newestFirst(a.lastRotatedAt, b.lastRotatedAt) || byRotationDue(a, b),
      );
    case 'copied':
      return keys.sort(
        (a, b) => newestFirst(a.lastCopiedAt, b.lastCopiedAt) || byRotationDue(a, b),
      );
    case 'due':
      return keys.sort(byRotationDue);
  }
}
