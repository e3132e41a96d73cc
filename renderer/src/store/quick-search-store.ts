// Whether the quick-search palette is asked for. Main's global shortcut sends `quickSearch`
// (app.tsx listens); asked while locked, it opens once the vault is unlocked. A lock closes it.
// No secret here: the palette copies through the secret store like every copy button.
import { create } from 'zustand';
import { useSession } from './session-store';

interface QuickSearchState {
  open: boolean;
  request: () => void;
  close: () => void;
}

export const useQuickSearch = create<QuickSearchState>()((set) => ({
  open: false,
  request: () => set({ open: true }),
  close: () => set({ open: false }),
}));

useSession.subscribe((state, previous) => {
  if (previous.status?.state === 'unlocked' && state.status?.state !== 'unlocked') {
    useQuickSearch.getState().close();
  }
});
