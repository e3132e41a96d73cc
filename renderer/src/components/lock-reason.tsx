// Why the vault locked, said on the unlock screen (idle, screen lock, sleep, the tray or
// another window). 'rekeyed' has its own notice there; quitting shows no unlock screen.
import { useTranslation } from 'react-i18next';
import type { LockReason } from '../../../shared/ipc/contract';
import { useDraftGuard } from '../store/draft-guard';

const REASON_TEXT: Partial<Record<LockReason, string>> = {
  idle: 'vaultSettings.lockReason.idle',
  'screen-lock': 'vaultSettings.lockReason.screenLock',
  suspend: 'vaultSettings.lockReason.suspend',
  user: 'vaultSettings.lockReason.user',
};

export function LockReasonNotice({ reason }: { reason: LockReason | null }) {
  const { t } = useTranslation();
  // When the lock discarded the add form's unsaved key, that notice already says why.
  const draftNoticeShown = useDraftGuard((s) => s.discardedOnLock !== null);
  const key = reason === null ? undefined : REASON_TEXT[reason];
  if (!key || draftNoticeShown) return null;
  return (
    <p className="notice info" role="status" data-testid="lock-reason">
      {t(key)}
    </p>
  );
}
