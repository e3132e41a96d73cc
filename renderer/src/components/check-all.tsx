// "Check all" on the key list: core checks every active key of a checkable exchange (at most
// 4 requests at a time per host) and reports progress as events; the renderer never fetches.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, errorText } from '../lib/api';
import { useVault } from '../store/vault-store';
import { useView } from '../store/view-store';

export function CheckAll() {
  const { t } = useTranslation();
  const notify = useView((s) => s.notify);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState<string | null>(null);

  const run = async () => {
    setResult(null);
    setProgress({ done: 0, total: 0 });
    const stop = api().on('checkProgress', (p) => setProgress(p));
    try {
      const checks = await call(api().exchange.check({}));
      const problems = checks.filter((c) => c.outcome !== 'ok').length;
      setResult(t('check.allDone', { total: checks.length, problems }));
      await useVault.getState().load();
    } catch (e) {
      notify({ kind: 'error', text: errorText(e) });
    } finally {
      stop();
      setProgress(null);
    }
  };

  return (
    <div className="row">
      <button type="button" disabled={progress !== null} onClick={() => void run()}>
        {t('check.all')}
      </button>
      <span aria-live="polite" className="muted" data-testid="check-all-status">
        {progress
          ? t('check.allProgress', { done: progress.done, total: progress.total || '…' })
          : result}
      </span>
    </div>
  );
}
