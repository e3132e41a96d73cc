// Ctrl/Cmd+F search, Ctrl/Cmd+N add a key, Ctrl/Cmd+L lock: only while the vault is open.
// Attached in a layout effect, before the browser paints: the shell and the list can appear in
// one commit (the list is often loaded before React mounts), and a shortcut pressed as soon
// as the list shows must not be lost to a listener that a passive effect adds after paint.
import { useLayoutEffect } from 'react';

export interface ShortcutHandlers {
  search: () => void;
  add: () => void;
  lock: () => void;
}

export function useShortcuts(enabled: boolean, handlers: ShortcutHandlers): void {
  useLayoutEffect(() => {
    if (!enabled) return undefined;
    const onKey = (event: KeyboardEvent): void => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const key = event.key.toLowerCase();
      const action =
        key === 'f'
          ? handlers.search
          : key === 'n'
            ? handlers.add
            : key === 'l'
              ? handlers.lock
              : null;
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, handlers]);
}
