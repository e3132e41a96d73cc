// What the unlocked vault shows: key rows (never a secret), findings and services.
// Invariant: nothing here holds a secret; `reset` empties it on lock.
import { create } from 'zustand';
import type { Finding, KeyDetail, KeyListItem, ServiceView } from '../../../shared/ipc/views';
import { api, call, errorText } from '../lib/api';

/** Rows asked for first: more than a screen holds, small enough to arrive at once. */
export const FIRST_PAGE = 100;

interface VaultState {
  loaded: boolean;
  /** Why the last load failed (safe to show), until a load succeeds; the list offers Retry. */
  loadError: string | null;
  /**
   * In the list's default order (rotation due date). Only the first page while a large vault
   * loads: every key has arrived once `allKeysIn` holds.
   */
  keys: KeyListItem[];
  /** How many keys the vault holds. */
  total: number;
  /**
   * Every finding of the vault, for the findings screen: null until that screen first asks
   * (`loadFindings`; 10,000 keys have megabytes of them), then refreshed with every `load`.
   */
  findings: Finding[] | null;
  services: ServiceView[];
  detail: KeyDetail | null;
  load: () => Promise<void>;
  loadFindings: () => Promise<void>;
  loadDetail: (keyId: string) => Promise<KeyDetail>;
  setDetail: (detail: KeyDetail) => void;
  /** A copy of this key's secret or API key went ahead: the "last copied" sort sees it now. */
  markCopied: (keyId: string, at: string) => void;
  reset: () => void;
}

const EMPTY = {
  loaded: false,
  loadError: null,
  keys: [],
  total: 0,
  findings: null,
  services: [],
  detail: null,
} as const;

/** Every key of the vault has arrived (not just the first page). */
export function allKeysIn(state: Pick<VaultState, 'loaded' | 'keys' | 'total'>): boolean {
  return state.loaded && state.keys.length === state.total;
}

type SetVault = (patch: Partial<VaultState>) => void;

/** One load's requests; `current` is false once a newer load or a reset began. */
async function loadInto(
  current: () => boolean,
  set: SetVault,
  get: () => VaultState,
): Promise<void> {
  // A first page on the first load, so a large vault shows at once; a reload (after an
  // edit, or a change by the CLI) keeps the full list on screen until the new one arrives.
  let fresh = false;
  if (!allKeysIn(get())) {
    const first = await call(api().keys.list({ limit: FIRST_PAGE }));
    if (!current()) return;
    fresh = first.keys.length === first.total;
    set({ loaded: true, keys: first.keys, total: first.total });
  }
  if (!fresh) {
    const all = await call(api().keys.list({}));
    if (!current()) return;
    set({ loaded: true, keys: all.keys, total: all.total });
  }
  const [findings, services] = await Promise.all([
    get().findings === null ? null : call(api().findings.list({})),
    call(api().services.list()),
  ]);
  if (current()) set(findings === null ? { services } : { findings, services });
}

/** Bumped by every load and reset: a slower, older load never overwrites a newer one. */
let generation = 0;

export const useVault = create<VaultState>()((set, get) => ({
  ...EMPTY,
  keys: [],
  services: [],
  async load() {
    const mine = ++generation;
    const current = () => mine === generation;
    try {
      await loadInto(current, set, get);
      if (current() && get().loadError !== null) set({ loadError: null });
    } catch (error) {
      if (current()) set({ loadError: errorText(error) });
      throw error;
    }
  },
  async loadFindings() {
    const mine = generation;
    const findings = await call(api().findings.list({}));
    if (mine === generation) set({ findings });
  },
  async loadDetail(keyId) {
    const detail = await call(api().keys.get({ keyId }));
    set({ detail });
    return detail;
  },
  setDetail(detail) {
    set({ detail });
  },
  markCopied(keyId, at) {
    const keys = get().keys;
    if (!keys.some((k) => k.id === keyId)) return;
    set({ keys: keys.map((k) => (k.id === keyId ? { ...k, lastCopiedAt: at } : k)) });
  },
  reset() {
    generation += 1;
    set({ ...EMPTY, keys: [], services: [] });
  },
}));
