// The tray menu as data: what main's thin Tray adapter (electron/main/adapters/tray.ts) turns
// into Electron's Menu. Pure, so its labels, order and enabled states are unit-tested.
// Invariants: labels name keys by label only (never a value); while locked no key is named
// (the labels are inside the encrypted vault) and nothing can be copied or locked.
import type { KeyRecord } from '../../../shared/domain/key-record';
import type { Language } from '../../../shared/ipc/views';
import { systemText } from '../app/system-text';

/** How many recently copied keys the tray lists. */
export const TRAY_RECENT_KEYS = 5;
/** A longer label is cut (with …) so the menu stays narrow. */
const MAX_LABEL = 48;

export type TrayAction =
  | { type: 'open' }
  | { type: 'lock' }
  | { type: 'quit' }
  | { type: 'copy'; keyId: string; field: 'secret' | 'apiKey' };

export type TrayMenuItem =
  | { type: 'separator' }
  | { type: 'item'; label: string; enabled: boolean; action?: TrayAction }
  | { type: 'submenu'; label: string; enabled: boolean; items: TrayMenuItem[] };

export interface TrayMenuModel {
  tooltip: string;
  /** macOS shows it beside the icon: the attention count, or nothing. */
  title: string;
  items: TrayMenuItem[];
}

export interface RecentKey {
  keyId: string;
  label: string;
  /** False for a generated key whose API key the exchange has not given yet. */
  hasApiKey: boolean;
}

export interface TrayState {
  language: Language;
  locked: boolean;
  /** Keys needing attention (reminders), shown while locked too: it names no key. */
  attention: number;
  /** The recently copied keys, most recent first; ignored while locked. */
  recent: readonly RecentKey[];
}

/** The keys copied most recently, newest first, at most `max` (keys never copied are left out). */
export function recentlyCopied(
  keys: readonly Pick<KeyRecord, 'id' | 'label' | 'apiKey' | 'lastCopiedAt'>[],
  max = TRAY_RECENT_KEYS,
): RecentKey[] {
  return keys
    .filter((k): k is typeof k & { lastCopiedAt: string } => k.lastCopiedAt !== undefined)
    .sort((a, b) => Date.parse(b.lastCopiedAt) - Date.parse(a.lastCopiedAt))
    .slice(0, max)
    .map((k) => ({ keyId: k.id, label: k.label, hasApiKey: k.apiKey !== '' }));
}

/**
 * A label as a menu shows it literally: '&' marks a mnemonic in Electron's menus on Windows
 * and Linux, so it is doubled; line breaks would split the item; long labels are cut.
 */
export function menuLabel(label: string): string {
  const flat = label.replace(/\s+/g, ' ').trim();
  const short = flat.length > MAX_LABEL ? `${flat.slice(0, MAX_LABEL - 1)}…` : flat;
  return short.replace(/&/g, '&&');
}

export function buildTrayMenu(state: TrayState): TrayMenuModel {
  const text = systemText(state.language).tray;
  const attention = text.attention(state.attention);
  const recent: TrayMenuItem[] = state.locked
    ? [{ type: 'item', label: text.unlockToCopy, enabled: false }]
    : state.recent.length === 0
      ? [{ type: 'item', label: text.noneCopied, enabled: false }]
      : state.recent.slice(0, TRAY_RECENT_KEYS).map((key) => ({
          type: 'submenu',
          label: menuLabel(key.label),
          enabled: true,
          items: [
            {
              type: 'item',
              label: text.copySecret,
              enabled: true,
              action: { type: 'copy', keyId: key.keyId, field: 'secret' },
            },
            {
              type: 'item',
              label: text.copyApiKey,
              enabled: key.hasApiKey,
              action: { type: 'copy', keyId: key.keyId, field: 'apiKey' },
            },
          ],
        }));
  return {
    tooltip: text.tooltip(attention),
    title: state.attention > 0 ? String(state.attention) : '',
    items: [
      { type: 'item', label: attention, enabled: false },
      { type: 'separator' },
      { type: 'item', label: text.recent, enabled: false },
      ...recent,
      { type: 'separator' },
      { type: 'item', label: text.open, enabled: true, action: { type: 'open' } },
      { type: 'item', label: text.lock, enabled: !state.locked, action: { type: 'lock' } },
      { type: 'separator' },
      { type: 'item', label: text.quit, enabled: true, action: { type: 'quit' } },
    ],
  };
}
