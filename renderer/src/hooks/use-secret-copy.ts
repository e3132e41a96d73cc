// Runs one copy or reveal from any screen (detail rows, list rows, the keyboard): a refusal
// or the rate limit becomes a notice, and "main is asking" shows only if the confirmation
// takes a moment. The page never asks for the passphrase itself (page script could fake it):
// main confirms in its own dialog or window.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ApiError, errorText } from '../lib/api';
import { useView } from '../store/view-store';

export function useSecretCopy() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  /** A secret is waiting for main's confirmation. */
  const [confirming, setConfirming] = useState(false);

  const run = useCallback(
    async (asksMain: boolean, action: () => Promise<void>): Promise<boolean> => {
      setBusy(true);
      // Shown only if main is still asking a moment later (within a confirmation it answers
      // at once, and a flash of this line would only distract).
      const asking = asksMain ? setTimeout(() => setConfirming(true), 300) : undefined;
      try {
        await action();
        return true;
      } catch (e) {
        useView.getState().notify({ kind: 'error', text: copyFailureText(e, t) });
        return false;
      } finally {
        clearTimeout(asking);
        setBusy(false);
        setConfirming(false);
      }
    },
    [t],
  );
  return { busy, confirming, run };
}

export function copyFailureText(e: unknown, t: TFunction) {
  if (e instanceof ApiError && e.code === 'refused') return t('detail.accessRefused');
  if (e instanceof ApiError && e.code === 'rate-limited') {
    return t('detail.rateLimited', { seconds: e.retryAfterSeconds ?? 10 });
  }
  return errorText(e);
}
