// Settings: the quick-search palette's global shortcut (off by default; checked here with the
// rule core applies, so a bad one is explained before anything is sent) and "Send a test
// notification" (main shows it in the chosen language).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkAccelerator } from '../../../shared/domain/accelerator';
import { api, call, errorText } from '../lib/api';
import { useSession } from '../store/session-store';
import { useView } from '../store/view-store';

const SUGGESTED = 'CommandOrControl+Shift+K';

export function QuickSearchSettings() {
  const { t } = useTranslation();
  const stored = useSession((s) => s.settings.quickSearchShortcut);
  const update = useSession((s) => s.updateSettings);
  const notify = useView((s) => s.notify);
  const [enabled, setEnabled] = useState(stored !== null);
  const [draft, setDraft] = useState(stored ?? SUGGESTED);
  const [error, setError] = useState<string | null>(null);

  const save = async (value: string | null) => {
    setError(null);
    try {
      await update({ quickSearchShortcut: value });
      notify({
        kind: 'info',
        text:
          value === null
            ? t('quickSearch.shortcutOff')
            : t('quickSearch.shortcutSaved', {
                shortcut: value,
              }),
      });
    } catch (e) {
      setError(errorText(e));
    }
  };

  const saveDraft = () => {
    const checked = checkAccelerator(draft);
    if (!checked.ok) {
      setError(t(`quickSearch.problem.${checked.problem}`));
      return;
    }
    setDraft(checked.value);
    void save(checked.value);
  };

  const sendTest = async () => {
    try {
      await call(api().notifications.test({}));
      notify({ kind: 'info', text: t('quickSearch.testSent') });
    } catch (e) {
      notify({ kind: 'error', text: errorText(e) });
    }
  };

  return (
    <>
      <fieldset>
        <legend>{t('quickSearch.settingTitle')}</legend>
        <label className="check">
          <input
            type="checkbox"
            id="set-quick-search"
            checked={enabled}
            onChange={(e) => {
              setEnabled(e.target.checked);
              if (!e.target.checked) {
                setError(null);
                if (stored !== null) void save(null);
              }
            }}
          />
          {t('quickSearch.settingOn')}
        </label>
        {enabled && (
          <div className="field">
            <label htmlFor="set-shortcut">{t('quickSearch.shortcut')}</label>
            <input
              id="set-shortcut"
              type="text"
              value={draft}
              spellCheck={false}
              aria-describedby="set-shortcut-help"
              aria-invalid={error !== null}
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  saveDraft();
                }
              }}
            />
            <p id="set-shortcut-help" className="muted">
              {t('quickSearch.shortcutHelp')}
            </p>
            {error && (
              <p className="notice error" role="alert">
                {error}
              </p>
            )}
            <button type="button" onClick={saveDraft}>
              {t('quickSearch.saveShortcut')}
            </button>
          </div>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('quickSearch.notificationsTitle')}</legend>
        <button type="button" onClick={() => void sendTest()}>
          {t('quickSearch.testNotification')}
        </button>
      </fieldset>
    </>
  );
}
