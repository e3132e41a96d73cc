import { contextBridge } from 'electron';

contextBridge.exposeInMainWorld('keyward', {});
