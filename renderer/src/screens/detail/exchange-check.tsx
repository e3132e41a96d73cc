// "Check with exchange" on a key: core asks the exchange (the renderer never fetches) and the
// result is shown beside the record, each difference highlighted, with the diagnosis and an
// Accept button that takes the exchange's answer as the record.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckDifference, KeyCheck } from '../../../../shared/domain/exchange-check';
import { PERMISSIONS } from '../../../../shared/domain/exchange';
import type { KeyDetail } from '../../../../shared/ipc/views';
import { api, call, errorText } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { useVault } from '../../store/vault-store';
import { useView } from '../../store/view-store';

const CHECKABLE = ['binance', 'okx', 'bybit', 'coinbase'];

type Value = CheckDifference['recorded'];

interface Row {
  field: string;
  name: string;
  recorded: Value;
  exchange: Value;
  differs: boolean;
}

function rows(detail: KeyDetail, check: KeyCheck, t: (k: string) => string): Row[] {
  const facts = check.exchange;
  if (!facts) return [];
  const differing = new Set(check.differences.map((d) => d.field));
  const out: Row[] = PERMISSIONS.map((p) => ({
    field: `permissions.${p}`,
    name: t(`permission.${p}`),
    recorded: detail.permissions[p],
    exchange: facts.permissions[p],
    differs: differing.has(`permissions.${p}`),
  }));
  const extras = [...new Set([...detail.extras, ...facts.extras])].sort();
  for (const id of extras) {
    out.push({
      field: `extras.${id}`,
      name: id,
      recorded: detail.extras.includes(id),
      exchange: facts.extras.includes(id),
      differs: differing.has(`extras.${id}`),
    });
  }
  out.push({
    field: 'ipRestricted',
    name: t('check.ipRestricted'),
    recorded: detail.ipWhitelist.length > 0,
    exchange: facts.ipRestricted,
    differs: differing.has('ipRestricted'),
  });
  out.push({
    field: 'ipWhitelist',
    name: t('detail.ipWhitelist'),
    recorded: detail.ipWhitelist,
    exchange: facts.ipWhitelist,
    differs: differing.has('ipWhitelist'),
  });
  return out;
}

export function ExchangeCheck({ detail }: { detail: KeyDetail }) {
  const { t, i18n } = useTranslation();
  const notify = useView((s) => s.notify);
  const [busy, setBusy] = useState(false);
  if (!CHECKABLE.includes(detail.provider)) return null;
  const check = detail.lastCheck;

  const show = (value: Value): string =>
    value === null
      ? t('check.notSaid')
      : typeof value === 'boolean'
        ? value
          ? t('common.yes')
          : t('common.no')
        : value.length
          ? value.join(', ')
          : t('common.none');

  const run = async (request: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await request();
      await Promise.all([useVault.getState().loadDetail(detail.id), useVault.getState().load()]);
    } catch (e) {
      notify({ kind: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="check-title" data-testid="exchange-check">
      <div className="row spread">
        <h2 id="check-title">{t('check.title')}</h2>
        <div className="row">
          {check?.outcome === 'drift' && check.exchange && (
            <button
              type="button"
              disabled={busy}
              onClick={() => void run(() => call(api().exchange.accept({ keyId: detail.id })))}
            >
              {t('check.accept')}
            </button>
          )}
          <button
            type="button"
            disabled={busy}
            onClick={() => void run(() => call(api().exchange.check({ keyId: detail.id })))}
          >
            {busy ? t('check.checking') : t('check.run')}
          </button>
        </div>
      </div>
      {!check ? (
        <p className="muted">{t('check.never')}</p>
      ) : (
        <>
          <p>
            <span className={`badge outcome-${check.outcome}`} data-testid="check-outcome">
              {t(`check.outcome.${check.outcome}`)}
            </span>{' '}
            <span className="muted">
              {t('check.checkedAt', {
                date: formatDate(check.checkedAt, i18n.language),
                host: check.host,
              })}
            </span>
          </p>
          {check.diagnosis && (
            <p className="notice error" data-testid="check-diagnosis">
              {check.diagnosis.message}
            </p>
          )}
          {check.exchange?.expiresAt && (
            <p>
              {t('check.expires', { date: formatDate(check.exchange.expiresAt, i18n.language) })}
            </p>
          )}
          {check.exchange && (
            <table className="check-table">
              <thead>
                <tr>
                  <th scope="col">{t('check.field')}</th>
                  <th scope="col">{t('check.recorded')}</th>
                  <th scope="col">{t('check.exchange')}</th>
                </tr>
              </thead>
              <tbody>
                {rows(detail, check, t).map((row) => (
                  <tr
                    key={row.field}
                    className={row.differs ? 'check-differs' : undefined}
                    data-testid={row.differs ? 'check-difference' : undefined}
                    data-field={row.field}
                  >
                    <th scope="row">
                      {row.differs && <span aria-hidden="true">≠ </span>}
                      {row.name}
                      {row.differs && (
                        <span className="visually-hidden"> ({t('check.differs')})</span>
                      )}
                    </th>
                    <td>{show(row.recorded)}</td>
                    <td>{show(row.exchange)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
