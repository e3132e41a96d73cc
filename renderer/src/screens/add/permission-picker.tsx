// Permission checkboxes, pre-set from the use case. Each permission explains itself, and
// every extra grant shows the finding it causes as soon as it is ticked.
import { useTranslation } from 'react-i18next';
import { CREDENTIALS, PROVIDER_PERMISSION_NAMES } from '../../../../shared/domain/credentials';
import {
  PERMISSIONS,
  type Permission,
  type Permissions,
  type Provider,
} from '../../../../shared/domain/exchange';
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

/**
 * The switches as the exchange names them. OKX and Coinbase have one "Trade" switch: shown
 * once (as spotMargin), it sets spotMargin and futures together.
 */
export function PermissionPicker({
  permissions,
  findings,
  onChange,
  provider = 'binance',
}: {
  permissions: Permissions;
  findings: readonly Finding[];
  onChange: (next: Permissions) => void;
  provider?: Provider;
}) {
  const { t } = useTranslation();
  const combined = CREDENTIALS[provider].combinedTrade;
  // Binance and "other" keep the app's own (translated) names; the others show the exchange's.
  const ownNames = provider !== 'binance' && provider !== 'other';
  const both = (exchange: string, local: string) =>
    exchange === local ? exchange : `${exchange} (${local})`;
  const name = (p: Permission) =>
    combined && p === 'spotMargin'
      ? both(PROVIDER_PERMISSION_NAMES[provider][p], t('credentials.trade'))
      : ownNames
        ? both(PROVIDER_PERMISSION_NAMES[provider][p], t(`permission.${p}`))
        : t(`permission.${p}`);
  const shown = PERMISSIONS.filter((p) => !(combined && p === 'futures'));
  return (
    <div className="stack">
      {shown.map((p) => {
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
                onChange={(e) =>
                  onChange(
                    combined && p === 'spotMargin'
                      ? { ...permissions, spotMargin: e.target.checked, futures: e.target.checked }
                      : { ...permissions, [p]: e.target.checked },
                  )
                }
              />
              <span>{p === 'withdrawals' ? <strong>{name(p)}</strong> : name(p)}</span>
            </label>
            <div id={helpId} className="hint">
              {combined && p === 'spotMargin'
                ? t('credentials.tradeHelp')
                : t(`permissionHelp.${p}`)}
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
