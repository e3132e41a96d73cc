// Tags as one line of comma-separated words (a server, a strategy), for the add and edit
// forms. Control and bidi characters are shown as an error next to the field (core refuses
// them too); core trims, drops repeats and limits the count and length.
import { useTranslation } from 'react-i18next';

/** "vps-1, grid ," -> ['vps-1', 'grid']. */
export function tagList(text: string): string[] {
  return text
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
}

export function TagsField({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  /** Shown under the control when given; also marks it invalid. */
  error?: string | false;
}) {
  const { t } = useTranslation();
  const described = [`${id}-hint`, ...(error ? [`${id}-error`] : [])].join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{t('keyList.tagsField')}</label>
      <input
        id={id}
        type="text"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        onChange={(e) => onChange(e.target.value)}
      />
      <div className="hint" id={`${id}-hint`}>
        {t('keyList.tagsHint')}
      </div>
      {error && (
        <div className="error" id={`${id}-error`}>
          {error}
        </div>
      )}
    </div>
  );
}
