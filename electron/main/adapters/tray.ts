// The tray icon: how many keys need attention, with Open and Lock (and Quit).
import { Menu, Tray, nativeImage } from 'electron';

const ICON_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAIklEQVR4nGNgGFRALurEf2LwEDGAFLnhasDAx8IQNWBAAADcnOmZ7EPP0AAAAABJRU5ErkJggg==';

export interface AppTray {
  setAttention(count: number): void;
  destroy(): void;
}

export function createTray(actions: {
  open: () => void;
  lock: () => void;
  quit: () => void;
}): AppTray | null {
  let tray: Tray;
  try {
    tray = new Tray(nativeImage.createFromBuffer(Buffer.from(ICON_PNG_BASE64, 'base64')));
  } catch {
    return null; // no system tray on this desktop: the window is the only way in
  }
  const render = (count: number) => {
    const attention =
      count === 0
        ? 'No key needs attention'
        : `${count} key${count === 1 ? '' : 's'} need attention`;
    tray.setToolTip(`Keyward: ${attention}`);
    if (process.platform === 'darwin') tray.setTitle(count > 0 ? String(count) : '');
    tray.setContextMenu(
      Menu.buildFromTemplate([
        { label: attention, enabled: false },
        { type: 'separator' },
        { label: 'Open Keyward', click: actions.open },
        { label: 'Lock', click: actions.lock },
        { type: 'separator' },
        { label: 'Quit', click: actions.quit },
      ]),
    );
  };
  render(0);
  tray.on('click', actions.open);
  return { setAttention: render, destroy: () => tray.destroy() };
}
