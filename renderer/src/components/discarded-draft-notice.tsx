// On the unlock screen: the lock discarded the add form's unsaved secret (a screen lock or
// suspend locks at once; the idle lock waited at most 10 minutes). Says why and what now.
import { useTranslation } from 'react-i18next';
import { useDraftGuard } from '../store/draft-guard';

const WORDED = new Set(['screen-lock', 'suspend', 'idle']);

export function DiscardedDraftNotice() {
  const { t } = useTranslation();
  const reason = useDraftGuard((s) => s.discardedOnLock);
  if (reason === null) return null;
  return (
    <div className="notice warn" role="status" data-testid="discarded-draft">
      <p>{t(`addForm.discarded.${WORDED.has(reason) ? reason : 'other'}`)}</p>
      <p>{t('addForm.discardedNext')}</p>
    </div>
  );
}
