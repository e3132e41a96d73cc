// A form's error, announced as an alert; nothing when there is none. An error in words (the
// translated sentence) shows core's English detail under it, marked as English. `id` lets the
// field it belongs to point at it (aria-describedby), so it is read with that field.
import { useTranslation } from 'react-i18next';
import type { ErrorWords } from '../lib/error-words';

export function FormError({ error, id }: { error: string | ErrorWords | null; id?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const words = typeof error === 'string' ? { text: error } : error;
  return (
    <div className="notice error" role="alert" id={id} data-testid="form-error">
      <p>{words.text}</p>
      {'detail' in words && words.detail && (
        <p className="error-detail">
          {t('words.errorDetail')} <span lang="en">{words.detail}</span>
        </p>
      )}
    </div>
  );
}
