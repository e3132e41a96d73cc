// For bot users: "Copy as .env" (the variables `keyward exec` sets, with their values, written
// by main: it holds the secret, so main confirms first, rate-limits, and clears the clipboard
// like any copy) and "Show the command" (`keyward exec "<label>" -- ...`, which hands the key
// to the bot in its environment without a file on disk). Names from shared/domain/exec-env.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { execCommandLine, execVariables } from '../../../../shared/domain/exec-env';
import type { KeySummary } from '../../../../shared/ipc/views';
import { copyPublicText } from '../../lib/copy-text';
import { useSecrets } from '../../store/secret-store';

/** An example the user replaces with the bot's own command. */
const EXAMPLE_COMMAND = 'python3 bot.py';

export function ExecActions({
  keyInfo,
  run,
  busy,
}: {
  keyInfo: KeySummary;
  run: (asksMain: boolean, action: () => Promise<void>) => Promise<boolean>;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const [showCommand, setShowCommand] = useState(false);
  const [commandCopied, setCommandCopied] = useState(false);
  if (!keyInfo.hasApiKey) return null;
  const names = execVariables(keyInfo.provider, keyInfo.hasPassphrase).map(([name]) => name);
  const command = execCommandLine(keyInfo.label, EXAMPLE_COMMAND);

  return (
    <div className="exec-actions stack" data-testid="exec-actions">
      <div className="row">
        <button
          type="button"
          onClick={() => void run(true, () => useSecrets.getState().copyEnv(keyInfo.id))}
          disabled={busy}
        >
          {t('fields.copyEnv')}
        </button>
        <button
          type="button"
          aria-expanded={showCommand}
          aria-controls="exec-command"
          onClick={() => setShowCommand((v) => !v)}
        >
          {t('fields.showCommand')}
        </button>
      </div>
      <p className="muted">{t('fields.envHint', { names: names.join(', ') })}</p>
      {showCommand && (
        <div id="exec-command">
          <pre className="secret-box" data-testid="exec-command">
            {command}
          </pre>
          <p className="muted">{t('fields.commandHint', { example: EXAMPLE_COMMAND })}</p>
          <div className="row">
            <button
              type="button"
              onClick={() => void copyPublicText(command).then((ok) => setCommandCopied(ok))}
            >
              {t('fields.copyCommand')}
            </button>
            <span role="status">{commandCopied ? t('fields.commandCopied') : ''}</span>
          </div>
        </div>
      )}
    </div>
  );
}
