// "Accept this risk until <day>" inside a finding, for findings a key needs by design (an
// auto-transfer key must withdraw). Core checks the rule, the day and the note; an accepted
// finding shows its day and reason, and can be withdrawn.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../shared/ipc/views';
import { formatDay } from '../lib/format';

export interface AcceptanceActions {
  accept: (finding: Finding, until: string, note: string) => Promise<boolean>;
  withdraw: (finding: Finding) => Promise<void>;
}

const DAY_MS = 86_400_000;
/** A day as the date input writes it (YYYY-MM-DD), `days` after today, in UTC. */
const dayAhead = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

export function AcceptRisk({ finding, actions }: { finding: Finding; actions: AcceptanceActions }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [until, setUntil] = useState(() => dayAhead(30));
  const [note, setNote] = useState('');

  if (finding.accepted) {
    // `until` is the start of the day after the last accepted day.
    const last = new Date(Date.parse(finding.accepted.until) - 1).toISOString();
    return (
      <div className="accepted" data-testid="accepted-risk">
        <p>
          <strong>
            {t('accept.accepted', { date: formatDay(last.slice(0, 10), i18n.language) })}
          </strong>{' '}
          {finding.accepted.note}
        </p>
        <button type="button" className="link" onClick={() => void actions.withdraw(finding)}>
          {t('accept.withdraw')}
        </button>
      </div>
    );
  }
  if (!open) {
    return (
      <button type="button" className="link" onClick={() => setOpen(true)}>
        {t('accept.open')}
      </button>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await actions.accept(finding, until, note)) setOpen(false);
  };
  return (
    <form
      className="card accept-form"
      onSubmit={(e) => void submit(e)}
      aria-label={t('accept.open')}
    >
      <p className="muted">{t('accept.explain')}</p>
      <div className="field">
        <label htmlFor={`${id}-until`}>{t('accept.until')}</label>
        <input
          id={`${id}-until`}
          type="date"
          value={until}
          min={dayAhead(1)}
          max={dayAhead(365)}
          onChange={(e) => setUntil(e.target.value)}
          required
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('accept.note')}</label>
        <textarea
          id={`${id}-note`}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          required
        />
      </div>
      <div className="row">
        <button type="submit" disabled={note.trim() === ''}>
          {t('accept.save')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
