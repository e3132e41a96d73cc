// The preload's transport for the shared bridge: ipcRenderer.invoke for requests, one
// ipcRenderer listener per subscription for events. The IpcRendererEvent (which carries the
// sender) is dropped here and never reaches the page; ipcRenderer itself is never exposed.
import type { IpcRenderer, IpcRendererEvent } from 'electron';
import type { BridgeTransport } from '../../shared/ipc/bridge';
import { eventChannel } from '../../shared/ipc/names';

export function ipcRendererTransport(
  ipc: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>,
): BridgeTransport {
  return {
    invoke: (channel, payload) => ipc.invoke(channel, payload),
    subscribe: (event, listener) => {
      const channel = eventChannel(event);
      const handler = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
      ipc.on(channel, handler);
      return () => {
        ipc.removeListener(channel, handler);
      };
    },
  };
}
