import { useTranslation } from 'react-i18next';
import { useView } from '../store/view-store';

/** The last success or error message, announced to screen readers. */
export function NoticeBar() {
  const { t } = useTranslation();
  const notice = useView((s) => s.notice);
  const notify = useView((s) => s.notify);
  return (
    <div aria-live="polite" role="status">
      {notice && (
        <div className={`notice ${notice.kind} row spread`} data-testid="notice">
          <span>{notice.text}</span>
          <button type="button" onClick={() => notify(null)}>
            {t('common.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
