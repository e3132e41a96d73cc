// Electron's globalShortcut for the quick-search palette, thin: core decides when to register
// (electron/core/app/quick-search-shortcut.ts); a press runs `onPress` (show the window and
// tell the page to open the palette).
import { globalShortcut } from 'electron';
import type { GlobalShortcutPort } from '../../core/app/quick-search-shortcut';

export function electronGlobalShortcut(onPress: () => void): GlobalShortcutPort {
  return {
    register: (accelerator) => globalShortcut.register(accelerator, onPress),
    unregister: (accelerator) => globalShortcut.unregister(accelerator),
  };
}
