// Small visual vocabulary: permission, status, severity badges and the due date.
// Withdrawals are never a quiet grey chip: a red, upper-case badge with a warning sign.
import { useTranslation } from 'react-i18next';
import { PERMISSIONS, type Permissions, type KeyStatus } from '../../../shared/domain/exchange';
import type { Severity } from '../../../shared/ipc/views';
import { dueUrgency, formatDate } from '../lib/format';

export function PermissionBadges({ permissions }: { permissions: Permissions }) {
  const { t } = useTranslation();
  return (
    <>
      {PERMISSIONS.filter((p) => permissions[p]).map((p) =>
        p === 'withdrawals' ? (
          <span key={p} className="badge perm-withdrawals" data-testid="badge-withdrawals">
            <span aria-hidden="true">⚠</span> {t('permission.withdrawalsBadge')}
          </span>
        ) : (
          <span key={p} className={`badge perm-${p}`}>
            {t(`permission.${p}`)}
          </span>
        ),
      )}
    </>
  );
}

export function StatusBadge({ status }: { status: KeyStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge status-${status}`} data-testid="status">
      {status === 'compromised' && <span aria-hidden="true">⚠ </span>}
      {t(`status.${status}`)}
    </span>
  );
}

export function SeverityBadge({ severity }: { severity: Severity }) {
  const { t } = useTranslation();
  return <span className={`badge sev-${severity}`}>{t(`severity.${severity}`)}</span>;
}

export function DueDate({ dueAt, now }: { dueAt: string; now: Date }) {
  const { t, i18n } = useTranslation();
  const urgency = dueUrgency(dueAt, now);
  return (
    <span className={`due-${urgency}`} data-urgency={urgency}>
      {t(`due.${urgency}`, { date: formatDate(dueAt, i18n.language) })}
    </span>
  );
}
