// What the unlocked vault shows: key summaries (never a secret), findings and services.
// Invariant: nothing here holds a secret; `reset` empties it on lock.
import { create } from 'zustand';
import type { Finding, KeyDetail, KeySummary, ServiceView } from '../../../shared/ipc/views';
import { api, call } from '../lib/api';
import { findingsByKey, type KeyFindingStats } from '../lib/key-filter';

interface VaultState {
  loaded: boolean;
  keys: KeySummary[];
  findings: Finding[];
  byKey: Map<string, KeyFindingStats>;
  services: ServiceView[];
  detail: KeyDetail | null;
  load: () => Promise<void>;
  loadDetail: (keyId: string) => Promise<KeyDetail>;
  setDetail: (detail: KeyDetail) => void;
  reset: () => void;
}

export const useVault = create<VaultState>()((set) => ({
  loaded: false,
  keys: [],
  findings: [],
  byKey: new Map(),
  services: [],
  detail: null,
  async load() {
    // The list first (it is what the user waits for); findings and services follow, so the
    // core is not decrypting the vault three times at once before anything shows.
    const keys = await call(api().keys.list());
    set({ loaded: true, keys });
    const [findings, services] = await Promise.all([
      call(api().findings.list({})),
      call(api().services.list()),
    ]);
    set({ findings, byKey: findingsByKey(findings), services });
  },
  async loadDetail(keyId) {
    const detail = await call(api().keys.get({ keyId }));
    set({ detail });
    return detail;
  },
  setDetail(detail) {
    set({ detail });
  },
  reset() {
    set({ loaded: false, keys: [], findings: [], byKey: new Map(), services: [], detail: null });
  },
}));
