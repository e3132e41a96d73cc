// Settings: clipboard delay (or never, with a warning), auto-lock, reminders, language, theme,
// and re-keying the vault (settings-rekey.tsx).
// Each choice is saved at once (the auto-lock minutes on leaving the field or Enter), and
// "Settings saved" says so; the app applies theme and language from the store. The vault's
// passphrase (settings-passphrase.tsx) and recovery key (settings-rekey.tsx) are below.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestOf } from '../../../shared/ipc/contract';
import { LANGUAGES } from '../i18n/i18n';
import { errorText } from '../lib/api';
import { useSession } from '../store/session-store';
import { BackupsSettingsSection } from './restore-backup';
import { AutoLockField, LockProtectionNote } from './settings-auto-lock';
import { PassphraseSection } from './settings-passphrase';
import { RekeySection } from './settings-rekey';
import { QuickSearchSettings } from './settings-quick';
import { useView } from '../store/view-store';

const CLIPBOARD_CHOICES = [10, 15, 30, 60, 120, 300] as const;

export function SettingsScreen() {
  const { t } = useTranslation();
  const settings = useSession((s) => s.settings);
  const update = useSession((s) => s.updateSettings);
  const notify = useView((s) => s.notify);
  const status = useSession((s) => s.status);
  // "Settings saved" after each change core has written (cleared while one is on its way).
  const [saved, setSaved] = useState(false);
  const save = (patch: RequestOf<'settings.set'>) => {
    setSaved(false);
    void update(patch).then(
      () => setSaved(true),
      (e: unknown) => notify({ kind: 'error', text: errorText(e) }),
    );
  };
  const clipboardValue =
    settings.clipboardClearSeconds === null ? 'never' : String(settings.clipboardClearSeconds);

  return (
    <section aria-labelledby="settings-title" className="card narrow">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <p
        className={saved ? 'notice ok' : 'visually-hidden'}
        role="status"
        data-testid="settings-saved"
      >
        {saved ? t('settings.saved') : ''}
      </p>
      <div className="field">
        <label htmlFor="set-clipboard">{t('settings.clipboard')}</label>
        <select
          id="set-clipboard"
          value={clipboardValue}
          onChange={(e) =>
            save({
              clipboardClearSeconds: e.target.value === 'never' ? null : Number(e.target.value),
            })
          }
        >
          {!CLIPBOARD_CHOICES.some((c) => String(c) === clipboardValue) &&
            clipboardValue !== 'never' && (
              <option value={clipboardValue}>
                {t('settings.seconds', { count: Number(clipboardValue) })}
              </option>
            )}
          {CLIPBOARD_CHOICES.map((s) => (
            <option key={s} value={String(s)}>
              {s < 60
                ? t('settings.seconds', { count: s })
                : t('settings.minutes', { count: s / 60 })}
            </option>
          ))}
          <option value="never">{t('settings.never')}</option>
        </select>
        {settings.clipboardClearSeconds === null && (
          <p className="notice warn" role="alert">
            {t('settings.neverWarning')}
          </p>
        )}
      </div>
      <AutoLockField
        minutes={settings.autoLockMinutes}
        onSave={(autoLockMinutes) => save({ autoLockMinutes })}
      />
      <LockProtectionNote status={status} />
      <div className="field">
        <label htmlFor="set-reminders">{t('settings.reminders')}</label>
        <select
          id="set-reminders"
          value={settings.reminderCadence}
          onChange={(e) => save({ reminderCadence: e.target.value as 'hourly' | 'daily' | 'off' })}
        >
          <option value="hourly">{t('settings.hourly')}</option>
          <option value="daily">{t('settings.daily')}</option>
          <option value="off">{t('settings.off')}</option>
        </select>
      </div>
      <div className="field">
        <label>
          <input
            type="checkbox"
            id="set-daily-check"
            checked={settings.dailyExchangeCheck}
            onChange={(e) => save({ dailyExchangeCheck: e.target.checked })}
          />{' '}
          {t('settings.dailyCheck')}
        </label>
      </div>
      <div className="field">
        <label htmlFor="set-language">{t('settings.language')}</label>
        <select
          id="set-language"
          value={settings.language}
          onChange={(e) => save({ language: e.target.value as 'en' | 'zh-CN' })}
        >
          {LANGUAGES.map((l) => (
            <option key={l.id} value={l.id} lang={l.id}>
              {l.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>{t('settings.theme')}</legend>
        {(['system', 'light', 'dark'] as const).map((theme) => (
          <label key={theme} className="check">
            <input
              type="radio"
              name="theme"
              value={theme}
              checked={settings.theme === theme}
              onChange={() => save({ theme })}
            />
            {t(`settings.${theme}`)}
          </label>
        ))}
      </fieldset>
      <QuickSearchSettings />
      <PassphraseSection />
      <RekeySection />
      <BackupsSettingsSection />
    </section>
  );
}
