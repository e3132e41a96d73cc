// "Save as PDF…" / "Save as text…" beside a recovery key shown once: main asks where (its
// save dialog) and writes a one-page emergency kit there (core's recovery-kit.ts). The key
// goes back to core only for this, and core writes it only if it is the vault's current one.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, errorText } from '../lib/api';

export function RecoveryKitButtons({ recoveryKey }: { recoveryKey: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ kind: 'ok' | 'info' | 'error'; text: string } | null>(
    null,
  );

  const save = async (format: 'pdf' | 'text') => {
    setBusy(true);
    setResult(null);
    try {
      const { saved } = await call(api().vault.saveRecoveryKit({ recoveryKey, format }));
      setResult(
        saved
          ? { kind: 'ok', text: t('vaultSettings.kit.saved') }
          : { kind: 'info', text: t('vaultSettings.kit.cancelled') },
      );
    } catch (e) {
      setResult({ kind: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="stack" data-testid="recovery-kit">
      <p className="muted">{t('vaultSettings.kit.intro')}</p>
      <div className="row">
        <button type="button" disabled={busy} onClick={() => void save('pdf')}>
          {t('vaultSettings.kit.pdf')}
        </button>
        <button type="button" disabled={busy} onClick={() => void save('text')}>
          {t('vaultSettings.kit.text')}
        </button>
      </div>
      <p
        className={result ? `notice ${result.kind}` : undefined}
        role={result?.kind === 'error' ? 'alert' : 'status'}
      >
        {result?.text}
      </p>
    </div>
  );
}
