// The key list's rows: virtualised (10,000 keys stay fast), each row measured, so a row whose
// badges wrap at a narrow window grows instead of running into the next one. Rows are
// buttons; arrow keys move between them. A row's `li` holds its button and may hold row
// actions beside it (buttons cannot nest inside the row's button).
import { RowCopyActions } from '../components/row-copy-actions';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyListItem } from '../../../shared/ipc/views';
import { PermissionBadges, StatusBadge } from '../components/badges';
import { RelativeDueDate } from '../components/relative-due-date';

/** First guesses before a row is measured (keys.css sets the compact row's height). */
const ROW_HEIGHT = 84;
const COMPACT_ROW_HEIGHT = 40;
/** keys.css: `.key-scroller { max-height: calc(100vh - 230px) }`. */
const SCROLLER_OFFSET = 230;

export function KeyRows({
  keys,
  compact,
  onOpen,
}: {
  keys: KeyListItem[];
  compact: boolean;
  onOpen: (keyId: string) => void;
}) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is the chosen virtualiser
  const virtualizer = useVirtualizer({
    count: keys.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => (compact ? COMPACT_ROW_HEIGHT : ROW_HEIGHT),
    getItemKey: (index) => `${compact ? 'c' : 'n'}:${keys[index]!.id}`,
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
      scroller.current
        ?.querySelector<HTMLElement>(`[data-index="${next}"] button.key-open`)
        ?.focus(),
    );
  };

  return (
    <div className="key-scroller" ref={scroller} data-testid="key-scroller">
      <ul
        className={`key-rows${compact ? ' compact' : ''}`}
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
              key={item.key}
              data-index={item.index}
              aria-setsize={keys.length}
              aria-posinset={item.index + 1}
              className={`key-row${key.status === 'compromised' ? ' compromised' : ''}${key.permissions.withdrawals ? ' has-withdrawals' : ''}`}
              ref={(el) => {
                if (!el) return;
                el.style.transform = `translateY(${item.start}px)`;
                virtualizer.measureElement(el);
              }}
              data-testid="key-row"
              data-key-id={key.id}
            >
              <KeyRowButton keyRow={key} now={now} onOpen={onOpen} />
              <RowCopyActions keyRow={key} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function KeyRowButton({
  keyRow: key,
  now,
  onOpen,
}: {
  keyRow: KeyListItem;
  now: Date;
  onOpen: (keyId: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <button type="button" className="key-open" onClick={() => onOpen(key.id)}>
      <span className="who">
        <span className="label">{key.label}</span>
        <span className="sub where">
          {[t(`provider.${key.provider}`), key.account, key.service].filter(Boolean).join(' · ')}
        </span>
        <span className="sub what">
          <span className="use-case">{t(`useCase.${key.useCase}`)}</span>
          <span
            className="fingerprint"
            data-testid="row-fingerprint"
            title={t('keyList.fingerprintTitle')}
          >
            {key.fingerprint}
          </span>
        </span>
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
          <span className="badge">{t('list.ipOn', { count: key.ipWhitelist.length })}</span>
        ) : (
          <span className="badge ip-off">{t('list.ipOff')}</span>
        )}
        {key.tags.map((tag) => (
          <span key={tag} className="badge tag" data-testid="row-tag">
            {tag}
          </span>
        ))}
      </span>
      <span className="right">
        <RelativeDueDate dueAt={key.rotationDueAt} now={now} />
        <FindingSummary keyRow={key} />
      </span>
    </button>
  );
}

/** The count of findings and the worst one's title, so the row says what to fix first. */
function FindingSummary({ keyRow }: { keyRow: KeyListItem }) {
  const { t } = useTranslation();
  if (keyRow.worstSeverity === null) {
    return <span className="muted findings-none">{t('list.noFinding')}</span>;
  }
  const worst = keyRow.worstRule === null ? null : t(`findings.rule.${keyRow.worstRule}`);
  return (
    <span className="finding-summary">
      {/* Compact rows hide the title line: the badge's tooltip still names it. */}
      <span
        className={`badge sev-${keyRow.worstSeverity}`}
        data-testid="finding-count"
        title={worst ?? undefined}
      >
        {t('list.findings', { count: keyRow.findingCount })}
      </span>
      {worst !== null && (
        <span className="worst-finding" data-testid="worst-finding">
          {worst}
        </span>
      )}
    </span>
  );
}
