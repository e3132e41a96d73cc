// One key's findings with their fixes, asked for whenever its detail changes (an edit, a
// workflow step, a change by the CLI reloads the detail). Core answers one key's findings from
// the list's views, so the detail never needs the whole vault's findings.
import { useEffect, useState } from 'react';
import type { Finding, KeyDetail } from '../../../shared/ipc/views';
import { useView } from '../store/view-store';
import { api, call, errorText } from './api';

/** Null until the key's findings first arrive; while they refresh, the previous ones stay. */
export function useKeyFindings(detail: KeyDetail): Finding[] | null {
  const [shown, setShown] = useState<{ keyId: string; findings: Finding[] } | null>(null);
  useEffect(() => {
    let live = true;
    call(api().findings.list({ keyId: detail.id })).then(
      (findings) => {
        if (live) setShown({ keyId: detail.id, findings });
      },
      (e: unknown) => {
        if (live) useView.getState().notify({ kind: 'error', text: errorText(e) });
      },
    );
    return () => {
      live = false;
    };
  }, [detail]);
  return shown?.keyId === detail.id ? shown.findings : null;
}
