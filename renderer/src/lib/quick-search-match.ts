// The quick-search palette's matching: every typed word must appear in the key's label or its
// service's name (case-insensitive); the list's order is kept and cut to a few results.
import type { KeyListItem } from '../../../shared/ipc/views';

export const QUICK_SEARCH_RESULTS = 8;

export function matchKeys(keys: readonly KeyListItem[], query: string): KeyListItem[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return keys
    .filter((k) => {
      const text = `${k.label} ${k.service ?? ''}`.toLowerCase();
      return words.every((w) => text.includes(w));
    })
    .slice(0, QUICK_SEARCH_RESULTS);
}
