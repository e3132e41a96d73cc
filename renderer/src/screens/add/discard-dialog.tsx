// "Discard this secret? The exchange will not show it again": asked when the user leaves the
// add form (a tab, Ctrl+F, Ctrl+L, Cancel) while it holds an unsaved secret (draft-guard.ts).
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../components/modal-dialog';
import { useDraftGuard } from '../../store/draft-guard';

export function DiscardSecretDialog() {
  const { t } = useTranslation();
  const asking = useDraftGuard((s) => s.pending !== null);
  const keepEditing = useDraftGuard((s) => s.keepEditing);
  const discard = useDraftGuard((s) => s.discard);
  return (
    <ModalDialog
      open={asking}
      onClose={keepEditing}
      role="alertdialog"
      labelledBy="discard-title"
      describedBy="discard-body"
      testId="discard-dialog"
    >
      <h2 id="discard-title">{t('addForm.discardTitle')}</h2>
      <p id="discard-body">{t('addForm.discardBody')}</p>
      <div className="row">
        {/* Focus starts on the safe answer. */}
        <button type="button" className="primary" autoFocus onClick={keepEditing}>
          {t('addForm.keepEditing')}
        </button>
        <button type="button" className="danger" onClick={discard}>
          {t('addForm.discard')}
        </button>
      </div>
    </ModalDialog>
  );
}
