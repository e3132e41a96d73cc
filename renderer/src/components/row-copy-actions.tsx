// Copy buttons on a key-list row, shown on hover and while the row has focus: the secret
// (main confirms first) and the API key. The keyboard does the same from a focused row
// (Ctrl+C, Ctrl+Shift+C: hooks/use-row-copy-keys.ts). Main writes the clipboard; the top bar's
// chip shows what was copied and the countdown.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeySummary } from '../../../shared/ipc/views';
import { useRowCopyKeys } from '../hooks/use-row-copy-keys';
import { useSecretCopy } from '../hooks/use-secret-copy';
import { useSecrets, type SecretField } from '../store/secret-store';
import { useVault } from '../store/vault-store';
import { useView } from '../store/view-store';
import '../styles/copy.css';

/** Keys whose secret may be copied from the list (as on the key's page). */
export function canCopyFromList(key: Pick<KeySummary, 'status'>): boolean {
  return key.status === 'active' || key.status === 'rotating';
}

export function RowCopyActions({ keyRow }: { keyRow: KeySummary }) {
  const { t } = useTranslation();
  // Never disabled while copying: a button that is disabled loses the keyboard focus.
  const { run } = useSecretCopy();
  if (!canCopyFromList(keyRow)) return null;
  return (
    <span className="row-copy" data-testid="row-copy">
      <button
        type="button"
        className="row-copy-button"
        aria-label={t('rowCopy.secretOf', { label: keyRow.label })}
        aria-keyshortcuts="Control+C Meta+C"
        onClick={() => void run(true, () => useSecrets.getState().copy(keyRow.id, 'secret'))}
      >
        {t('rowCopy.secret')}
      </button>
      {keyRow.hasApiKey && (
        <button
          type="button"
          className="row-copy-button"
          aria-label={t('rowCopy.apiKeyOf', { label: keyRow.label })}
          aria-keyshortcuts="Control+Shift+C Meta+Shift+C"
          onClick={() => void run(false, () => useSecrets.getState().copy(keyRow.id, 'apiKey'))}
        >
          {t('rowCopy.apiKey')}
        </button>
      )}
    </span>
  );
}

/** The list's keyboard copy (Ctrl+C, Ctrl+Shift+C on a focused row); renders nothing. */
export function ListCopyKeys() {
  const { t } = useTranslation();
  const { run } = useSecretCopy();
  const copy = useCallback(
    (keyId: string, field: SecretField) => {
      const key = useVault.getState().keys.find((k) => k.id === keyId);
      if (!key) return;
      if (!canCopyFromList(key) || (field === 'apiKey' && !key.hasApiKey)) {
        useView
          .getState()
          .notify({ kind: 'info', text: t('rowCopy.nothing', { label: key.label }) });
        return;
      }
      void run(field !== 'apiKey', () => useSecrets.getState().copy(keyId, field));
    },
    [run, t],
  );
  useRowCopyKeys(copy);
  return null;
}
