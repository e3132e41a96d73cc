// Settings: clipboard delay (or never, with a warning), auto-lock, reminders, language, theme,
// and re-keying the vault (settings-rekey.tsx).
// Each change is saved at once; the app applies theme and language from the store.
import { useTranslation } from 'react-i18next';
import type { RequestOf } from '../../../shared/ipc/contract';
import { LANGUAGES } from '../i18n/i18n';
import { errorText } from '../lib/api';
import { useSession } from '../store/session-store';
import { BackupsSettingsSection } from './restore-backup';
import { RekeySection } from './settings-rekey';
import { QuickSearchSettings } from './settings-quick';
import { useView } from '../store/view-store';

const CLIPBOARD_CHOICES = [10, 15, 30, 60, 120, 300] as const;

export function SettingsScreen() {
  const { t } = useTranslation();
  const settings = useSession((s) => s.settings);
  const update = useSession((s) => s.updateSettings);
  const notify = useView((s) => s.notify);
  const save = (patch: RequestOf<'settings.set'>) =>
    void update(patch).catch((e: unknown) => notify({ kind: 'error', text: errorText(e) }));
  const clipboardValue =
    settings.clipboardClearSeconds === null ? 'never' : String(settings.clipboardClearSeconds);

  return (
    <section aria-labelledby="settings-title" className="card narrow">
      <h1 id="settings-title">{t('settings.title')}</h1>
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
      <div className="field">
        <label htmlFor="set-autolock">{t('settings.autoLock')}</label>
        <input
          id="set-autolock"
          type="number"
          min={1}
          max={1440}
          value={settings.autoLockMinutes}
          onChange={(e) => {
            const n = Number(e.target.value);
            if (Number.isInteger(n) && n >= 1 && n <= 1440) save({ autoLockMinutes: n });
          }}
        />
      </div>
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
      <RekeySection />
      <BackupsSettingsSection />
    </section>
  );
}
