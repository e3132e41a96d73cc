// The quick-search palette: a small overlay over the open vault, asked for by main's global
// shortcut. Type to filter keys by label or service; ↑/↓ choose; Enter copies the secret,
// Shift+Enter the API key (both through the secret store: main confirms a secret as for
// every copy); Esc closes. Focus returns where it was.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyListItem } from '../../../shared/ipc/views';
import { errorText } from '../lib/api';
import { matchKeys } from '../lib/quick-search-match';
import { useQuickSearch } from '../store/quick-search-store';
import { useSecrets, type SecretField } from '../store/secret-store';
import { useVault } from '../store/vault-store';
import { useView } from '../store/view-store';

export function QuickSearchPalette() {
  const open = useQuickSearch((s) => s.open);
  return open ? <PaletteDialog /> : null;
}

function PaletteDialog() {
  const { t } = useTranslation();
  const keys = useVault((s) => s.keys);
  const close = useQuickSearch((s) => s.close);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();
  const listId = useId();
  const returnFocus = useRef<Element | null>(document.activeElement);
  const results = useMemo(() => matchKeys(keys, query), [keys, query]);
  const chosen = results[Math.min(active, results.length - 1)];

  useEffect(() => {
    const previous = returnFocus.current;
    return () => {
      if (previous instanceof HTMLElement) previous.focus();
    };
  }, []);

  const copy = async (key: KeyListItem, field: SecretField) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await useSecrets.getState().copy(key.id, field);
      close();
      useView.getState().notify({
        kind: 'info',
        text: t(field === 'apiKey' ? 'quickSearch.copiedApiKey' : 'quickSearch.copiedSecret', {
          label: key.label,
        }),
      });
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => Math.max(0, Math.min(results.length - 1, i + step)));
    } else if (event.key === 'Enter' && chosen) {
      event.preventDefault();
      const field: SecretField = event.shiftKey ? 'apiKey' : 'secret';
      if (field === 'apiKey' && !chosen.hasApiKey) return;
      void copy(chosen, field);
    }
  };

  return (
    <div className="quick-search-backdrop" onMouseDown={close}>
      <div
        className="quick-search"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid="quick-search"
        onMouseDown={(e) => e.stopPropagation()}
      >
        <h2 id={titleId} className="quick-search-title">
          {t('quickSearch.title')}
        </h2>
        <input
          type="text"
          role="combobox"
          aria-label={t('quickSearch.search')}
          placeholder={t('quickSearch.search')}
          aria-expanded={results.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={chosen ? `${listId}-${chosen.id}` : undefined}
          autoFocus
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" aria-label={t('quickSearch.results')}>
          {results.map((key) => (
            <li
              key={key.id}
              id={`${listId}-${key.id}`}
              role="option"
              aria-selected={key === chosen}
              onClick={() => void copy(key, 'secret')}
            >
              <span className="quick-search-label">{key.label}</span>
              <span className="muted">
                {key.service ?? ''}
                {!key.hasApiKey && ` · ${t('quickSearch.noApiKey')}`}
              </span>
            </li>
          ))}
        </ul>
        {results.length === 0 && <p className="muted">{t('quickSearch.none')}</p>}
        {error && (
          <p className="notice error" role="alert">
            {error}
          </p>
        )}
        <p className="muted quick-search-hint">{t('quickSearch.hint')}</p>
      </div>
    </div>
  );
}
