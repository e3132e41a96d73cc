// Preload (sandboxed): exposes exactly one object, window.keyward, built from the IPC contract
// by the shared bridge. Never exposes ipcRenderer or any Electron/Node object.
import { contextBridge, ipcRenderer } from 'electron';
import { createKeywardApi } from '../../shared/ipc/bridge';
import { ipcRendererTransport } from './ipc-transport';

contextBridge.exposeInMainWorld('keyward', createKeywardApi(ipcRendererTransport(ipcRenderer)));
