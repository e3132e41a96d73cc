// The passphrase prompt's preload (sandboxed): exposes exactly `window.keywardPrompt`, three
// task functions over the prompt's own channels (shared/ipc/prompt.ts). Never exposes
// ipcRenderer; the app's channels are not reachable from here (main checks the sender).
import { contextBridge, ipcRenderer } from 'electron';
import { PROMPT_CHANNELS, type PromptApi, type PromptText } from '../../shared/ipc/prompt';

const promptApi: PromptApi = {
  details: () => ipcRenderer.invoke(PROMPT_CHANNELS.details) as Promise<PromptText | null>,
  submit: async (passphrase) =>
    (await ipcRenderer.invoke(PROMPT_CHANNELS.submit, String(passphrase))) === true,
  cancel: async () => {
    await ipcRenderer.invoke(PROMPT_CHANNELS.cancel);
  },
};

contextBridge.exposeInMainWorld('keywardPrompt', Object.freeze(promptApi));
