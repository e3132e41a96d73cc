// Registers one ipcMain handler per contract channel. Each checks that the sender is the
// app's own top frame, then hands the untrusted payload to core, which parses it with the
// channel's schema and answers with the result union. Channels outside the contract have no
// handler at all, so Electron refuses them; `core.handle` refuses them again by name.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { CHANNEL_NAMES, type ChannelName } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/result';
import { isAppUrl } from './security-policy';

export const FORBIDDEN_SENDER = {
  ok: false as const,
  code: 'forbidden' as const,
  message: 'This request did not come from Keyward’s own window and was refused.',
};

/**
 * True only for the main frame of the app's window, showing the app's own page.
 * `senderFrame` is null when the frame navigated or was destroyed: refused.
 */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>,
  appContents: () => WebContents | null,
): boolean {
  const frame = event.senderFrame;
  const contents = appContents();
  if (!frame || !contents || contents.isDestroyed()) return false;
  if (event.sender !== contents) return false;
  if (frame !== contents.mainFrame || frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  handle: (channel: ChannelName, payload: unknown) => Promise<IpcResult<unknown>>,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
): () => void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, async (event, payload: unknown) => {
      if (!isTrusted(event)) return FORBIDDEN_SENDER;
      return handle(channel, payload);
    });
  }
  return () => CHANNEL_NAMES.forEach((channel) => ipcMain.removeHandler(channel));
}
