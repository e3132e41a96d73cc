// A list of findings with their fixes, worst first, in the UI language; optionally each links
// to its key.
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../shared/ipc/views';
import { findingTexts } from '../lib/finding-text';
import { severityRank } from '../lib/key-filter';
import { AcceptRisk, type AcceptanceActions } from './accept-risk';
import { SeverityBadge } from './badges';
import { FindingActions } from './finding-actions';

interface Props {
  findings: readonly Finding[];
  /** Given: each finding about a key gets a button opening it. */
  labelOf?: (keyId: string) => string | undefined;
  onOpenKey?: (keyId: string) => void;
  testId?: string;
  /** Given: each finding about a key can be accepted until a day (or withdrawn). */
  acceptance?: AcceptanceActions;
  /** Each open finding about a key offers the action its fix asks for (not in edit forms). */
  withActions?: boolean;
}

export function FindingList({
  findings,
  labelOf,
  onOpenKey,
  testId,
  acceptance,
  withActions = false,
}: Props) {
  const { t, i18n } = useTranslation();
  const sorted = [...findings].sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
  return (
    <ul className="plain-list" data-testid={testId}>
      {sorted.map((f, i) => {
        const label = f.keyId ? labelOf?.(f.keyId) : undefined;
        const text = findingTexts(f, t, i18n.language);
        return (
          <li
            key={`${f.rule}:${f.keyId ?? ''}:${i}`}
            className={`finding sev-${f.severity}${f.accepted ? ' is-accepted' : ''}`}
            data-rule={f.rule}
            data-severity={f.severity}
            data-accepted={f.accepted ? 'true' : undefined}
          >
            <div className="row">
              <SeverityBadge severity={f.severity} />
              {f.accepted && <span className="badge">{t('accept.badge')}</span>}
              <strong>{t(`findings.rule.${f.rule}`, { defaultValue: f.rule })}</strong>
            </div>
            <p>{text.message}</p>
            <p className="fix">
              <strong>{t('detail.fix')}:</strong> {text.fix}
            </p>
            {withActions && f.keyId && !f.accepted && <FindingActions finding={f} />}
            {f.keyId && acceptance && <AcceptRisk finding={f} actions={acceptance} />}
            {!acceptance && f.accepted && (
              <p className="muted">
                {t('accept.acceptedShort')} {f.accepted.note}
              </p>
            )}
            {f.keyId && label !== undefined && onOpenKey && (
              <button type="button" className="link" onClick={() => onOpenKey(f.keyId!)}>
                {t('findings.openKey', { label })}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
