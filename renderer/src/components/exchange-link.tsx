// Opens the exchange's API-management page in the user's browser (through main, which
// checks the link against its allowlist). Nothing for an exchange Keyward does not know.
import { useTranslation } from 'react-i18next';
import type { Provider } from '../../../shared/domain/exchange';
import { api, call, errorText } from '../lib/api';
import { apiManagementUrl } from '../lib/exchange-links';
import { useView } from '../store/view-store';

export function ExchangeLink({ provider }: { provider: Provider }) {
  const { t, i18n } = useTranslation();
  const notify = useView((s) => s.notify);
  // The Chinese page when the app is in Chinese (Binance, OKX); else the English one.
  const url = apiManagementUrl(provider, i18n.language);
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
