// The key list: search, filters, sort, and a virtualised list (10,000 keys stay fast).
// Rows are buttons; arrow keys move between them.
import { CheckAll } from '../components/check-all';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { KEY_STATUSES, PROVIDERS } from '../../../shared/domain/exchange';
import type { KeyListItem } from '../../../shared/ipc/views';
import { DueDate, PermissionBadges, StatusBadge } from '../components/badges';
import { NeedsAttention } from '../components/needs-attention';
import { filterKeys, type KeyFilters } from '../lib/key-filter';
import { allKeysIn, useVault } from '../store/vault-store';
import { useView } from '../store/view-store';

const ROW_HEIGHT = 76;
/** keys.css: `.key-scroller { max-height: calc(100vh - 230px) }`. */
const SCROLLER_OFFSET = 230;

export function KeyList() {
  const { t } = useTranslation();
  const keys = useVault((s) => s.keys);
  const loaded = useVault((s) => s.loaded);
  const total = useVault((s) => s.total);
  const complete = useVault(allKeysIn);
  const filters = useView((s) => s.filters);
  const setFilters = useView((s) => s.setFilters);
  const searchFocus = useView((s) => s.searchFocus);
  const go = useView((s) => s.go);
  const searchRef = useRef<HTMLInputElement>(null);
  const shown = useMemo(() => filterKeys(keys, filters), [keys, filters]);

  useEffect(() => {
    if (searchFocus > 0) searchRef.current?.focus();
  }, [searchFocus]);

  if (loaded && keys.length === 0) {
    return (
      <section className="card empty" aria-labelledby="empty-title" data-testid="empty-state">
        <h1 id="empty-title">{t('list.emptyTitle')}</h1>
        <p>{t('list.emptyBody')}</p>
        <button type="button" className="primary" onClick={() => go({ name: 'add' })}>
          {t('list.emptyAction')}
        </button>
      </section>
    );
  }

  const select = <K extends keyof KeyFilters>(
    name: K,
    label: string,
    options: [string, string][],
  ) => (
    <div className="field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select
        id={`filter-${name}`}
        value={filters[name]}
        onChange={(e) => setFilters({ [name]: e.target.value })}
      >
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section aria-labelledby="list-title">
      <div className="row spread">
        <h1 id="list-title">{t('list.title')}</h1>
        <CheckAll />
        <p className="muted" aria-live="polite" data-testid="list-count">
          {complete
            ? t('list.shown', { shown: shown.length, total })
            : t('list.loadingRest', { loaded: keys.length, total })}
        </p>
      </div>
      <NeedsAttention />
      <div className="filters" role="search">
        <div className="field">
          <label htmlFor="filter-query">{t('list.search')}</label>
          <input
            id="filter-query"
            ref={searchRef}
            type="search"
            placeholder={t('list.searchPlaceholder')}
            value={filters.query}
            aria-keyshortcuts="Control+F Meta+F"
            onChange={(e) => setFilters({ query: e.target.value })}
          />
        </div>
        {select('provider', t('list.provider'), [
          ['all', t('list.all')],
          ...PROVIDERS.map((p): [string, string] => [p, t(`provider.${p}`)]),
        ])}
        {select('status', t('list.status'), [
          ['all', t('list.all')],
          ...KEY_STATUSES.map((s): [string, string] => [s, t(`status.${s}`)]),
        ])}
        {select('finding', t('list.findingFilter'), [
          ['all', t('list.all')],
          ['any', t('list.withFindings')],
          ['critical', t('list.critical')],
          ['none', t('list.noFindings')],
        ])}
        {select('sort', t('list.sort'), [
          ['due', t('list.sortDue')],
          ['findings', t('list.sortFindings')],
          ['label', t('list.sortLabel')],
        ])}
      </div>
      {shown.length === 0 ? (
        <p className="card">{t('list.noMatch')}</p>
      ) : (
        <VirtualRows keys={shown} onOpen={(keyId) => go({ name: 'key', keyId })} />
      )}
    </section>
  );
}

function VirtualRows({ keys, onOpen }: { keys: KeyListItem[]; onOpen: (keyId: string) => void }) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is the chosen virtualiser
  const virtualizer = useVirtualizer({
    count: keys.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    // The scroller's height before it is measured (its CSS max-height: the window less the
    // header and filters), so the first render already has rows instead of a frame later.
    initialRect: { width: 0, height: Math.max(0, window.innerHeight - SCROLLER_OFFSET) },
  });
  const now = new Date();

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const current = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!current) return;
    const next = Number(current.dataset.index) + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0 || next >= keys.length) return;
    event.preventDefault();
    virtualizer.scrollToIndex(next);
    requestAnimationFrame(() =>
      scroller.current?.querySelector<HTMLElement>(`[data-index="${next}"] button`)?.focus(),
    );
  };

  return (
    <div className="key-scroller" ref={scroller} data-testid="key-scroller">
      <ul
        className="key-rows"
        aria-label={t('list.columns')}
        onKeyDown={onKeyDown}
        ref={(el) => {
          if (el) el.style.height = `${virtualizer.getTotalSize()}px`;
        }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const key = keys[item.index]!;
          return (
            <li
              key={key.id}
              data-index={item.index}
              aria-setsize={keys.length}
              aria-posinset={item.index + 1}
              className={`key-row${key.status === 'compromised' ? ' compromised' : ''}${key.permissions.withdrawals ? ' has-withdrawals' : ''}`}
              ref={(el) => {
                if (el) el.style.transform = `translateY(${item.start}px)`;
              }}
              data-testid="key-row"
              data-key-id={key.id}
            >
              <button type="button" onClick={() => onOpen(key.id)}>
                <span>
                  <span className="label">{key.label}</span>
                  <span className="sub">
                    {[t(`provider.${key.provider}`), key.account, key.service]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                  <span className="sub">{t(`useCase.${key.useCase}`)}</span>
                </span>
                <span className="badges">
                  <StatusBadge status={key.status} />
                  {key.environment !== 'live' && (
                    // Testnet and demo keys touch no real funds: marked so nobody mixes them up.
                    <span className="badge practice" data-testid="practice-badge">
                      {t(`credentials.practice.${key.environment}`)}
                    </span>
                  )}
                  <PermissionBadges permissions={key.permissions} />
                  {key.ipWhitelist.length > 0 ? (
                    <span className="badge">
                      {t('list.ipOn', { count: key.ipWhitelist.length })}
                    </span>
                  ) : (
                    <span className="badge ip-off">{t('list.ipOff')}</span>
                  )}
                </span>
                <span className="right">
                  <DueDate dueAt={key.rotationDueAt} now={now} />
                  <br />
                  <FindingCount keyRow={key} />
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function FindingCount({ keyRow }: { keyRow: KeyListItem }) {
  const { t } = useTranslation();
  if (keyRow.worstSeverity === null) return <span className="muted">{t('list.noFinding')}</span>;
  return (
    <span className={`badge sev-${keyRow.worstSeverity}`} data-testid="finding-count">
      {t('list.findings', { count: keyRow.findingCount })}
    </span>
  );
}
