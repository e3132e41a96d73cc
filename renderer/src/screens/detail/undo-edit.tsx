// "Undo" on an edit in a key's history: puts back the non-secret values the edit changed (a
// new edit, itself undoable). When a field changed since, it says which and lets the user
// choose. Only field names and non-secret values pass here; never a secret.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UndoableField } from '../../../../shared/domain/edit-undo';
import { api, call, errorText } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { useVault } from '../../store/vault-store';
import { useView } from '../../store/view-store';

export function UndoEdit({ keyId, index, at }: { keyId: string; index: number; at: string }) {
  const { t, i18n } = useTranslation();
  const notify = useView((s) => s.notify);
  const [changedSince, setChangedSince] = useState<UndoableField[] | null>(null);
  const [busy, setBusy] = useState(false);
  const names = (fields: readonly UndoableField[]) =>
    fields.map((f) => t(`undo.field.${f}`)).join(', ');

  const undo = async (overwrite: boolean) => {
    setBusy(true);
    try {
      const outcome = await call(api().keys.undoEdit({ keyId, index, overwrite }));
      if (!outcome.undone) {
        setChangedSince(outcome.changedSince);
        return;
      }
      setChangedSince(null);
      useVault.getState().setDetail(outcome.key);
      notify({ kind: 'info', text: t('undo.done', { fields: names(outcome.fields) }) });
      await useVault.getState().load();
    } catch (e) {
      notify({ kind: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  const date = formatDateTime(at, i18n.language);
  return (
    <>
      {' '}
      <button
        type="button"
        className="link"
        disabled={busy}
        aria-label={t('undo.buttonLabel', { date })}
        onClick={() => void undo(false)}
      >
        {t('undo.button')}
      </button>
      {changedSince && (
        <div className="notice" role="alert" data-testid="undo-conflict">
          <p>{t('undo.changedSince', { fields: names(changedSince) })}</p>
          <div className="row">
            <button type="button" disabled={busy} onClick={() => void undo(true)}>
              {t('undo.anyway')}
            </button>
            <button type="button" onClick={() => setChangedSince(null)}>
              {t('undo.cancel')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
