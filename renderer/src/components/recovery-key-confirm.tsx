// A recovery key shown once (after creating or re-keying the vault): the user re-types one of
// its groups to confirm they wrote it down. The key lives only in the caller's component
// state and is dropped on confirmation.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../store/session-store';
import { RecoveryKitButtons } from './recovery-kit-buttons';

export function RecoveryKeyConfirm({
  recoveryKey,
  title,
  intro,
  onConfirmed,
}: {
  recoveryKey: string;
  title: string;
  intro: string;
  onConfirmed: () => void;
}) {
  const { t } = useTranslation();
  const groups = recoveryKey.split('-');
  // Not the first group: the one most likely to be glanced at without being written down.
  const [asked] = useState(() => 2 + Math.floor(Math.random() * Math.max(1, groups.length - 1)));
  const [typed, setTyped] = useState('');
  const [wrong, setWrong] = useState(false);
  const expected = groups[asked - 1] ?? '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (typed.trim().toUpperCase() === expected.toUpperCase()) {
      // The banner on every screen (settings.recoveryKeyPending) ends here, and only here.
      useSession
        .getState()
        .updateSettings({ recoveryKeyPending: false })
        .catch(() => undefined); // still pending: the banner stays, which is the safe side
      onConfirmed();
    } else setWrong(true);
  };

  return (
    <form className="card narrow" onSubmit={submit} aria-labelledby="recovery-title">
      <h1 id="recovery-title">{title}</h1>
      <p>{intro}</p>
      <p className="secret-box recovery" data-testid="recovery-key">
        {recoveryKey}
      </p>
      <RecoveryKitButtons recoveryKey={recoveryKey} />
      <div className="field">
        <label htmlFor="rk-group">{t('firstRun.recoveryConfirm', { n: asked })}</label>
        <input
          id="rk-group"
          type="text"
          className="mono"
          autoComplete="off"
          spellCheck={false}
          data-group={asked}
          value={typed}
          aria-invalid={wrong}
          aria-describedby={wrong ? 'rk-wrong' : undefined}
          onChange={(e) => {
            setTyped(e.target.value);
            setWrong(false);
          }}
        />
        {wrong && (
          <div className="error" id="rk-wrong" role="alert">
            {t('firstRun.recoveryWrong', { n: asked })}
          </div>
        )}
      </div>
      <button type="submit" className="primary">
        {t('firstRun.recoverySaved')}
      </button>
    </form>
  );
}
