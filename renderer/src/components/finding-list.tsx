// A list of findings with their fixes, worst first, in the UI language; optionally each links
// to its key.
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../shared/ipc/views';
import { findingTexts } from '../lib/finding-text';
import { severityRank } from '../lib/key-filter';
import { SeverityBadge } from './badges';

interface Props {
  findings: readonly Finding[];
  /** Given: each finding about a key gets a button opening it. */
  labelOf?: (keyId: string) => string | undefined;
  onOpenKey?: (keyId: string) => void;
  testId?: string;
}

export function FindingList({ findings, labelOf, onOpenKey, testId }: Props) {
  const { t } = useTranslation();
  const sorted = [...findings].sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
  return (
    <ul className="plain-list" data-testid={testId}>
      {sorted.map((f, i) => {
        const label = f.keyId ? labelOf?.(f.keyId) : undefined;
        const text = findingTexts(f, t);
        return (
          <li
            key={`${f.rule}:${f.keyId ?? ''}:${i}`}
            className={`finding sev-${f.severity}`}
            data-rule={f.rule}
            data-severity={f.severity}
          >
            <div className="row">
              <SeverityBadge severity={f.severity} />
              <strong>{t(`findings.rule.${f.rule}`, { defaultValue: f.rule })}</strong>
            </div>
            <p>{text.message}</p>
            <p className="fix">
              <strong>{t('detail.fix')}:</strong> {text.fix}
            </p>
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
