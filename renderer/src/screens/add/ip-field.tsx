// IP whitelist entry: one address or CIDR range per line, each checked as it is typed.
import { useTranslation } from 'react-i18next';
import { checkIpEntry } from '../../../../shared/domain/ip';

export interface IpProblem {
  line: number;
  reason: string;
}

export function ipLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

export function ipProblems(text: string): IpProblem[] {
  const problems: IpProblem[] = [];
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    const check = checkIpEntry(raw);
    if (!check.ok) problems.push({ line: i + 1, reason: check.reason });
  });
  return problems;
}

export function IpField({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string;
  onChange: (text: string) => void;
}) {
  const { t } = useTranslation();
  const problems = ipProblems(value);
  return (
    <div className="field">
      <label htmlFor={id}>{t('add.ipWhitelist')}</label>
      <textarea
        id={id}
        className="mono"
        rows={3}
        spellCheck={false}
        value={value}
        aria-invalid={problems.length > 0}
        aria-describedby={`${id}-hint ${id}-errors`}
        onChange={(e) => onChange(e.target.value)}
      />
      <div className="hint" id={`${id}-hint`}>
        {t('add.ipHint')}
      </div>
      <div id={`${id}-errors`} aria-live="polite">
        {problems.map((p) => (
          <div key={p.line} className="error" data-testid="ip-error">
            {t('add.ipInvalid', { line: p.line, reason: p.reason })}
          </div>
        ))}
      </div>
    </div>
  );
}
