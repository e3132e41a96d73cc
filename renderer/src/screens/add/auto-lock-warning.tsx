// Shown on the add form while main's idle lock waits for its unsaved secret (at most 10
// minutes more): the time left, counting down.
import { useTranslation } from 'react-i18next';
import { useNow } from '../../hooks/use-now';
import { useDraftGuard } from '../../store/draft-guard';

function minutesSeconds(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

export function AutoLockWarning() {
  const { t } = useTranslation();
  const lockAt = useDraftGuard((s) => s.autoLockAt);
  const now = useNow(lockAt !== null);
  if (lockAt === null) return null;
  return (
    <p className="notice warn" role="timer" data-testid="auto-lock-warning">
      {t('addForm.autoLockWait', { time: minutesSeconds(lockAt - now) })}
    </p>
  );
}
