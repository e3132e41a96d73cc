// The tray icon, thin: renders the menu model core builds (electron/core/tray) and hands
// clicks back to it. Recently copied keys, Open, Lock and Quit; words in the chosen language.
import { Menu, Tray, nativeImage, type MenuItemConstructorOptions } from 'electron';
import type { TrayAction, TrayMenuItem, TrayMenuModel } from '../../core/tray/tray-menu';
import type { TrayView } from '../../core/tray/tray-presenter';

const ICON_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAIklEQVR4nGNgGFRALurEf2LwEDGAFLnhasDAx8IQNWBAAADcnOmZ7EPP0AAAAABJRU5ErkJggg==';

export interface AppTray extends TrayView {
  destroy(): void;
}

function template(
  items: readonly TrayMenuItem[],
  onAction: (action: TrayAction) => void,
): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    if (item.type === 'separator') return { type: 'separator' };
    if (item.type === 'submenu') {
      return {
        label: item.label,
        enabled: item.enabled,
        submenu: template(item.items, onAction),
      };
    }
    const { action } = item;
    return {
      label: item.label,
      enabled: item.enabled,
      ...(action && { click: () => onAction(action) }),
    };
  });
}

export function createTray(actions: {
  /** A click on the icon itself. */
  open: () => void;
  onAction: (action: TrayAction) => void;
}): AppTray | null {
  let tray: Tray;
  try {
    tray = new Tray(nativeImage.createFromBuffer(Buffer.from(ICON_PNG_BASE64, 'base64')));
  } catch {
    return null; // no system tray on this desktop: the window is the only way in
  }
  tray.on('click', actions.open);
  return {
    render: (model: TrayMenuModel) => {
      if (tray.isDestroyed()) return;
      tray.setToolTip(model.tooltip);
      if (process.platform === 'darwin') tray.setTitle(model.title);
      tray.setContextMenu(Menu.buildFromTemplate(template(model.items, actions.onAction)));
    },
    destroy: () => tray.destroy(),
  };
}
