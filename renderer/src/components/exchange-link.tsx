// Opens the exchange's API-management page in the user's browser (through main, which
// checks the link against its allowlist). Nothing for an exchange Keyward does not know.
import { useTranslation } from 'react-i18next';
import type { Provider } from '../../../shared/domain/exchange';
import { api, call, errorText } from '../lib/api';
import { API_MANAGEMENT_URLS } from '../lib/exchange-links';
import { useView } from '../store/view-store';

export function ExchangeLink({ provider }: { provider: Provider }) {
  const { t } = useTranslation();
  const notify = useView((s) => s.notify);
  const url = API_MANAGEMENT_URLS[provider];
  if (!url) return null;
  const open = () =>
    void call(api().app.openExternal({ url })).catch((e: unknown) =>
      notify({ kind: 'error', text: errorText(e) }),
    );
  return (
    <button type="button" className="link" onClick={open}>
      {t('detail.openExchange', { exchange: t(`provider.${provider}`) })}
      <span aria-hidden="true"> ↗</span>
    </button>
  );
}
