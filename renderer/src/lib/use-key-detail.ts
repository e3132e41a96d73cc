// Loads one key's detail into the store and runs workflow calls that answer a new detail.
import { useEffect, useState } from 'react';
import type { KeyDetail } from '../../../shared/ipc/views';
import type { IpcResult } from '../../../shared/ipc/result';
import { call, errorText } from './api';
import { useVault } from '../store/vault-store';
import { useView } from '../store/view-store';

export function useKeyDetail(keyId: string): {
  detail: KeyDetail | null;
  missing: boolean;
  busy: boolean;
  act: (request: () => Promise<IpcResult<KeyDetail>>) => Promise<KeyDetail | null>;
} {
  const detail = useVault((s) => (s.detail?.id === keyId ? s.detail : null));
  // The id that failed to load (not a boolean: a new keyId is not missing until it fails).
  const [missingId, setMissingId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    useVault
      .getState()
      .loadDetail(keyId)
      .catch(() => setMissingId(keyId));
  }, [keyId]);
  const missing = missingId === keyId;

  const act = async (request: () => Promise<IpcResult<KeyDetail>>) => {
    setBusy(true);
    try {
      const next = await call(request());
      useVault.getState().setDetail(next);
      await useVault.getState().load();
      return next;
    } catch (e) {
      useView.getState().notify({ kind: 'error', text: errorText(e) });
      return null;
    } finally {
      setBusy(false);
    }
  };
  return { detail, missing, busy, act };
}
