// The key list: search, filters, sort, compact or full rows (key-rows.tsx). Before the list
// has loaded it says so; a failed load says why with Retry (never "No key matches").
import { CheckAll } from '../components/check-all';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { KEY_STATUSES, PROVIDERS } from '../../../shared/domain/exchange';
import { NeedsAttention } from '../components/needs-attention';
import { filterKeys, tagsOf, type KeyFilters, type SearchWords } from '../lib/key-filter';
import { allKeysIn, useVault } from '../store/vault-store';
import { useView } from '../store/view-store';
import { KeyRows } from './key-rows';

export function KeyList() {
  const { t, i18n } = useTranslation();
  const keys = useVault((s) => s.keys);
  const loaded = useVault((s) => s.loaded);
  const loadError = useVault((s) => s.loadError);
  const total = useVault((s) => s.total);
  const complete = useVault(allKeysIn);
  const filters = useView((s) => s.filters);
  const setFilters = useView((s) => s.setFilters);
  const searchFocus = useView((s) => s.searchFocus);
  const compact = useView((s) => s.compactRows);
  const setCompact = useView((s) => s.setCompactRows);
  const go = useView((s) => s.go);
  const searchRef = useRef<HTMLInputElement>(null);
  // The names the rows show, in the UI language: what the search looks in.
  const words = useMemo<SearchWords>(
    () => ({
      provider: (id) => i18n.t(`provider.${id}`),
      useCase: (id) => i18n.t(`useCase.${id}`),
      permission: (id) => i18n.t(`permission.${id}`),
    }),
    // A new language words them again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [i18n, i18n.language],
  );
  const shown = useMemo(() => filterKeys(keys, filters, words), [keys, filters, words]);
  const tags = useMemo(() => tagsOf(keys), [keys]);

  useEffect(() => {
    if (searchFocus > 0) searchRef.current?.focus();
  }, [searchFocus]);

  if (!loaded) {
    return (
      <section aria-labelledby="list-title">
        <h1 id="list-title">{t('list.title')}</h1>
        {loadError === null ? (
          <p className="card" role="status" data-testid="list-loading">
            {t('keyList.loading')}
          </p>
        ) : (
          <div className="card" role="alert" data-testid="list-load-error">
            <p>{t('keyList.loadFailed')}</p>
            <p className="muted">{loadError}</p>
            <button
              type="button"
              className="primary"
              onClick={() =>
                void useVault
                  .getState()
                  .load()
                  .catch(() => undefined)
              }
            >
              {t('keyList.retry')}
            </button>
          </div>
        )}
      </section>
    );
  }

  if (keys.length === 0) {
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
        <button
          type="button"
          aria-pressed={compact}
          data-testid="compact-toggle"
          onClick={() => setCompact(!compact)}
        >
          {t('keyList.compact')}
        </button>
        <p className="muted" aria-live="polite" data-testid="list-count">
          {complete
            ? t('list.shown', { shown: shown.length, total })
            : t('list.loadingRest', { loaded: keys.length, total })}
        </p>
      </div>
      <NeedsAttention />
      <div className="filters" role="search">
        <div className="field search">
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
        {(tags.length > 0 || filters.tag !== '') &&
          select('tag', t('keyList.tag'), [
            ['', t('list.all')],
            ...tags.map((tag): [string, string] => [tag, tag]),
          ])}
        {select('sort', t('list.sort'), [
          ['due', t('list.sortDue')],
          ['findings', t('list.sortFindings')],
          ['label', t('list.sortLabel')],
          ['exchange', t('keyList.sortExchange')],
          ['created', t('keyList.sortCreated')],
          ['rotated', t('keyList.sortRotated')],
          ['copied', t('keyList.sortCopied')],
        ])}
      </div>
      {shown.length === 0 ? (
        <p className="card">{t('list.noMatch')}</p>
      ) : (
        <KeyRows keys={shown} compact={compact} onOpen={(keyId) => go({ name: 'key', keyId })} />
      )}
    </section>
  );
}
