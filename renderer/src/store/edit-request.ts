// A request to open a key's edit form with one field focused, made from outside the key's
// page (a finding's "Edit the IP whitelist"). The key page takes it when it shows that key.
// Plain navigation state, no secret.
import { useEffect } from 'react';
import { create } from 'zustand';

export type EditField = 'ip';

/** The id of each field's input in the key's edit form (screens/detail/key-edit.tsx). */
const FIELD_INPUT: Readonly<Record<EditField, string>> = { ip: 'edit-ip' };

interface EditRequestState {
  request: { keyId: string; field: EditField } | null;
  ask: (keyId: string, field: EditField) => void;
  clear: () => void;
}

export const useEditRequest = create<EditRequestState>()((set) => ({
  request: null,
  ask(keyId, field) {
    set({ request: { keyId, field } });
  },
  clear() {
    set({ request: null });
  },
}));

/**
 * On the page of `keyId`: opens the edit form when asked to, then focuses the field asked for
 * (once the form is shown) and spends the request.
 */
export function useTakeEditRequest(
  keyId: string,
  editing: boolean,
  setEditing: (open: boolean) => void,
): void {
  const request = useEditRequest((s) => s.request);
  const mine = request?.keyId === keyId ? request : null;
  useEffect(() => {
    if (mine && !editing) setEditing(true);
  }, [mine, editing, setEditing]);
  useEffect(() => {
    if (!mine || !editing) return;
    const input = document.getElementById(FIELD_INPUT[mine.field]);
    if (!input) return;
    input.focus();
    input.scrollIntoView({ block: 'center' });
    useEditRequest.getState().clear();
  }, [mine, editing]);
}
