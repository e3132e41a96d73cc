// The count on the Findings tab: findings still open (not accepted), about a key or the whole
// vault. Asked for again whenever the list reloads (an edit, an acceptance, a change by the
// CLI), with a one-row page: core answers the count from the views it keeps anyway.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../lib/api';
import { useVault } from '../store/vault-store';

export function useOpenFindingCount(): number | null {
  const keys = useVault((s) => s.keys);
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    // A failed count leaves the tab without a number; the list shows the error itself.
    call(api().keys.list({ limit: 1 })).then(
      (page) => {
        if (live) setCount(page.openFindings);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [keys]);
  return count;
}

/** Nothing while there is no open finding; the number is read out with its meaning. */
export function FindingsTabCount() {
  const { t } = useTranslation();
  const count = useOpenFindingCount();
  if (!count) return null;
  return (
    <>
      <span className="tab-count" aria-hidden="true" data-testid="findings-tab-count">
        {count}
      </span>
      <span className="visually-hidden">{t('todo.tabCount', { count })}</span>
    </>
  );
}
