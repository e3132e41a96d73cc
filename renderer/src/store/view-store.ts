// Which screen is shown and the key list's filters. Plain navigation state, no secrets.
import { create } from 'zustand';
import type { KeyFilters } from '../lib/key-filter';

export type Route =
  | { name: 'list' }
  | { name: 'add' }
  | { name: 'key'; keyId: string }
  | { name: 'rotate'; keyId: string }
  | { name: 'leak'; keyId: string }
  | { name: 'findings' }
  | { name: 'audit' }
  | { name: 'services' }
  | { name: 'trash' }
  | { name: 'import' }
  | { name: 'scan' }
  | { name: 'settings' };

export interface Notice {
  kind: 'info' | 'error';
  text: string;
}

interface ViewState {
  route: Route;
  filters: KeyFilters;
  notice: Notice | null;
  /** Bumped by Ctrl/Cmd+F so the list focuses its search box. */
  searchFocus: number;
  go: (route: Route) => void;
  setFilters: (patch: Partial<KeyFilters>) => void;
  notify: (notice: Notice | null) => void;
  focusSearch: () => void;
}

export const DEFAULT_FILTERS: KeyFilters = {
  query: '',
  provider: 'all',
  status: 'all',
  finding: 'all',
  tag: '',
  sort: 'due',
};

export const useView = create<ViewState>()((set) => ({
  route: { name: 'list' },
  filters: DEFAULT_FILTERS,
  notice: null,
  searchFocus: 0,
  go(route) {
    set({ route, notice: null });
  },
  setFilters(patch) {
    set((s) => ({ filters: { ...s.filters, ...patch } }));
  },
  notify(notice) {
    set({ notice });
  },
  focusSearch() {
    set((s) => ({ route: { name: 'list' }, searchFocus: s.searchFocus + 1 }));
  },
}));
