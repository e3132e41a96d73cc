// Permission checkboxes, pre-set from the use case. Each permission explains itself, and
// every extra grant shows the finding it causes as soon as it is ticked.
import { useTranslation } from 'react-i18next';
import { PERMISSIONS, type Permission, type Permissions } from '../../../../shared/domain/exchange';
import type { Finding } from '../../../../shared/findings';
import { SeverityBadge } from '../../components/badges';
import { findingTexts } from '../../lib/finding-text';

/** The findings that a ticked permission causes: excess grant, withdrawals. */
export function findingsForPermission(findings: readonly Finding[], p: Permission): Finding[] {
  return findings.filter(
    (f) =>
      (f.rule === 'excess-permission' && f.subject === p) ||
      (p === 'withdrawals' && f.rule === 'withdrawals-enabled'),
  );
}

export function PermissionPicker({
  permissions,
  findings,
  onChange,
}: {
  permissions: Permissions;
  findings: readonly Finding[];
  onChange: (next: Permissions) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      {PERMISSIONS.map((p) => {
        const caused = permissions[p] ? findingsForPermission(findings, p) : [];
        const helpId = `perm-${p}-help`;
        return (
          <div key={p} className={p === 'withdrawals' ? 'perm perm-danger' : 'perm'}>
            <label className="check">
              <input
                type="checkbox"
                name={`perm-${p}`}
                checked={permissions[p]}
                aria-describedby={helpId}
                onChange={(e) => onChange({ ...permissions, [p]: e.target.checked })}
              />
              <span>
                {p === 'withdrawals' ? (
                  <strong>{t(`permission.${p}`)}</strong>
                ) : (
                  t(`permission.${p}`)
                )}
              </span>
            </label>
            <div id={helpId} className="hint">
              {t(`permissionHelp.${p}`)}
            </div>
            <div aria-live="polite">
              {caused.map((f) => (
                <p
                  key={`${f.rule}:${f.subject ?? ''}`}
                  className={`finding sev-${f.severity}`}
                  data-testid={`perm-finding-${p}`}
                  data-rule={f.rule}
                >
                  <SeverityBadge severity={f.severity} /> {findingTexts(f, t).message}
                </p>
              ))}
            </div>
          </div>
        );
      })}
    </div>
  );
}
