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
  | { name: 'backups' }
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
  /** One-line key rows; remembered on this computer (localStorage, no vault data). */
  compactRows: boolean;
  setCompactRows: (on: boolean) => void;
  go: (route: Route) => void;
  setFilters: (patch: Partial<KeyFilters>) => void;
  notify: (notice: Notice | null) => void;
  focusSearch: () => void;
}

/**
 * Runs a navigation now, or after the user agreed to leave (a screen holding something that
 * cannot be had again registers one: the add form's unsaved secret, draft-guard.ts).
 */
type LeaveGuard = (leave: () => void) => void;
let leaveGuard: LeaveGuard = (leave) => leave();
export function registerLeaveGuard(guard: LeaveGuard): void {
  leaveGuard = guard;
}

export const DEFAULT_FILTERS: KeyFilters = {
  query: '',
  provider: 'all',
  status: 'all',
  finding: 'all',
  tag: '',
  sort: 'due',
};

const COMPACT_KEY = 'keyward.compactRows';

/** The part of localStorage used (this module is also loaded in Node by the bench). */
interface SmallStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}
const storage = () => (globalThis as { localStorage?: SmallStorage }).localStorage;

/** localStorage may be missing or refuse (a page without storage): then it is not kept. */
function storedCompact(): boolean {
  try {
    return storage()?.getItem(COMPACT_KEY) === '1';
  } catch {
    return false;
  }
}

function storeCompact(on: boolean): void {
  try {
    storage()?.setItem(COMPACT_KEY, on ? '1' : '0');
  } catch {
    // Not kept: the choice holds until the app closes.
  }
}

export const useView = create<ViewState>()((set) => ({
  route: { name: 'list' },
  filters: DEFAULT_FILTERS,
  notice: null,
  searchFocus: 0,
  compactRows: storedCompact(),
  setCompactRows(on) {
    storeCompact(on);
    set({ compactRows: on });
  },
  go(route) {
    // Leaving the add form with an unsaved secret asks first (draft-guard.ts).
    const show = () => set({ route, notice: null });
    if (route.name === 'add') show();
    else leaveGuard(show);
  },
  setFilters(patch) {
    set((s) => ({ filters: { ...s.filters, ...patch } }));
  },
  notify(notice) {
    set({ notice });
  },
  focusSearch() {
    leaveGuard(() => set((s) => ({ route: { name: 'list' }, searchFocus: s.searchFocus + 1 })));
  },
}));
