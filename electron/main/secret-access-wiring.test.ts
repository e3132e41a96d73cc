// Main's side of issue 9 items 1, 8 and 14, with the stand-in 'electron' module: the copy and
// reveal confirmation (a native dialog for a keychain vault, the passphrase window for a
// passphrase vault, never the app's renderer), links, and the debugging switches of a
// packaged build.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROMPT_CHANNELS } from '../../shared/ipc/prompt';
import { sampleKey } from '../core/test/sample-keys';
import { tempDir } from '../core/test/temp-dir';
import { memoryKeychain } from '../core/vault/keychain';
import { startApp } from './app-main';
import { PROMPT_URL } from './passphrase-prompt';
import * as electron from './test/fake-electron';
import { vi } from 'vitest';

vi.mock('electron', () => import('./test/fake-electron'));

const { app, BrowserWindow, ipcMain, dialog } = electron;
const PASSPHRASE = 'correct horse battery';

async function start() {
  const root = await tempDir();
  await mkdir(path.join(root, 'prompt'), { recursive: true });
  await writeFile(path.join(root, 'prompt', 'prompt.html'), '<title>prompt page</title>');
  await writeFile(path.join(root, 'outside.txt'), 'outside the prompt');
  const running = await startApp(
    {
      preload: '/app/out/preload/preload.cjs',
      renderer: path.join(root, 'renderer'),
      promptPreload: '/app/out/preload/prompt-preload.cjs',
      prompt: path.join(root, 'prompt'),
      vault: path.join(root, 'vault'),
    },
    memoryKeychain(),
  );
  const window = BrowserWindow.instances.at(-1);
  return { running, window, root };
}

function invoke(channel: string, payload: unknown, event: Record<string, unknown>) {
  const handler = ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, payload);
}
const fromWindow = (window: electron.BrowserWindow) => ({
  sender: window.webContents,
  senderFrame: window.webContents.mainFrame,
});
const settled = () => new Promise((resolve) => setImmediate(resolve));
/** Waits until `check` holds (the prompt opens after core read the vault). */
async function until(check: () => boolean) {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
}

async function vaultWithKey(window: electron.BrowserWindow, options: { passphrase?: string }) {
  const event = fromWindow(window);
  await invoke('vault.create', options, event);
  const input = sampleKey(1);
  const added = (await invoke('keys.add', { ...input, apiKey: input.apiKey ?? '' }, event)) as {
    value: { id: string };
  };
  return { event, keyId: added.value.id, input };
}

beforeEach(() => {
  BrowserWindow.instances.length = 0;
  app.listeners.clear();
  ipcMain.handlers.clear();
  app.singleInstance = true;
  app.isPackaged = false;
  app.exitCode = null;
  app.commandLine.switches.clear();
  dialog.shown.length = 0;
  dialog.response = 0;
  electron.shell.opened.length = 0;
  electron.clipboard.clear();
});

afterEach(async () => {
  app.emit('before-quit', { preventDefault() {} });
  await settled();
  delete process.env.KEYWARD_DEVTOOLS;
});

describe('secret access is confirmed by main', () => {
  it('keychain vault: a native dialog names the key; "Cancel" gives nothing', async () => {
    const { window } = await start();
    const { event, keyId, input } = await vaultWithKey(window!, {});
    dialog.response = 1; // Cancel
    expect(await invoke('keys.copy', { keyId, field: 'secret' }, event)).toMatchObject({
      ok: false,
      code: 'refused',
    });
    expect(electron.clipboard.text).toBe('');
    expect(dialog.shown).toHaveLength(1);
    expect(dialog.shown[0]!.parent).toBe(window);
    expect(dialog.shown[0]!.options).toMatchObject({
      message: `Copy the secret of "${input.label}"?`,
      buttons: ['Copy', 'Cancel'],
      cancelId: 1,
      defaultId: 1,
    });
    expect(JSON.stringify(dialog.shown)).not.toContain(input.secret);
    dialog.response = 0;
    expect(await invoke('keys.reveal', { keyId, field: 'secret' }, event)).toMatchObject({
      ok: true,
      value: { value: input.secret },
    });
    // The API key is copied without asking.
    await invoke('keys.copy', { keyId, field: 'apiKey' }, event);
    expect(dialog.shown).toHaveLength(2);
  });

  it('passphrase vault: main opens its own sandboxed prompt window; only it can answer', async () => {
    const { window } = await start();
    const { event, keyId, input } = await vaultWithKey(window!, { passphrase: PASSPHRASE });
    const reveal = invoke('keys.reveal', { keyId, field: 'secret' }, event);
    await until(() => BrowserWindow.instances.length === 2);
    const prompt = BrowserWindow.instances[1]!;
    expect(prompt.loadedUrl).toBe(PROMPT_URL);
    expect(prompt.options).toMatchObject({ parent: window, modal: true });
    expect(prompt.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/prompt-preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: false,
    });
    expect(dialog.shown).toEqual([]);
    const fromPrompt = fromWindow(prompt);
    // The app's renderer cannot read, fill or cancel the prompt.
    expect(await invoke(PROMPT_CHANNELS.details, undefined, event)).toBeNull();
    expect(await invoke(PROMPT_CHANNELS.submit, PASSPHRASE, event)).toBe(false);
    await invoke(PROMPT_CHANNELS.cancel, undefined, event);
    expect(prompt.closed).toBe(false);
    // Nor can the prompt call the app's channels.
    expect(await invoke('keys.list', {}, fromPrompt)).toMatchObject({ code: 'forbidden' });
    const details = (await invoke(PROMPT_CHANNELS.details, undefined, fromPrompt)) as {
      message: string;
    };
    expect(details.message).toBe(`Reveal the secret of "${input.label}"?`);
    expect(await invoke(PROMPT_CHANNELS.submit, 'not the passphrase', fromPrompt)).toBe(false);
    expect(prompt.closed).toBe(false);
    expect(await invoke(PROMPT_CHANNELS.submit, PASSPHRASE, fromPrompt)).toBe(true);
    expect(prompt.closed).toBe(true);
    expect(await reveal).toMatchObject({ ok: true, value: { value: input.secret } });
    // Its channels are gone with it.
    expect(ipcMain.handlers.has(PROMPT_CHANNELS.submit)).toBe(false);
  });

  it('passphrase vault: closing the prompt refuses', async () => {
    const { window } = await start();
    const { event, keyId } = await vaultWithKey(window!, { passphrase: PASSPHRASE });
    const copy = invoke('keys.copy', { keyId, field: 'secret' }, event);
    await until(() => BrowserWindow.instances.length === 2);
    BrowserWindow.instances[1]!.close();
    expect(await copy).toMatchObject({ ok: false, code: 'refused' });
    expect(electron.clipboard.text).toBe('');
  });

  it('the prompt page is served from its own folder under app://keyward/prompt/', async () => {
    await start();
    const handler = electron.protocol.handlers.get('app')!;
    const page = await handler(new Request(PROMPT_URL));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('prompt page');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    for (const url of [
      'app://keyward/prompt/%2e%2e/outside.txt',
      'app://keyward/prompt/..%2f..%2foutside.txt',
      'app://keyward/prompt/missing.js',
    ]) {
      expect((await handler(new Request(url))).status, url).toBe(404);
    }
  });

  it('openExternal opens no service URL, however the renderer asks', async () => {
    const { window } = await start();
    const event = fromWindow(window!);
    await invoke('vault.create', {}, event);
    await invoke('services.add', { name: 'Bot', url: 'https://bot.example' }, event);
    for (const url of [
      'https://bot.example/',
      'https://bot.example/?d=x',
      'https://evil.example/',
    ]) {
      expect(await invoke('app.openExternal', { url }, event)).toMatchObject({ ok: false });
    }
    expect(electron.shell.opened).toEqual([]);
  });
});

describe('debugging a packaged build (item 14)', () => {
  it('refuses to start with --remote-debugging-port or -pipe', async () => {
    app.isPackaged = true;
    for (const name of ['remote-debugging-port', 'remote-debugging-pipe']) {
      app.commandLine.switches.clear();
      app.commandLine.switches.add(name);
      app.exitCode = null;
      const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      expect((await start()).running).toBeNull();
      expect(app.exitCode).toBe(1);
      expect(errors).toHaveBeenCalledWith(expect.stringContaining(`--${name}`));
      errors.mockRestore();
    }
    expect(BrowserWindow.instances).toEqual([]);
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('ignores KEYWARD_DEVTOOLS when packaged; keeps it and the switches unpackaged', async () => {
    process.env.KEYWARD_DEVTOOLS = '1';
    app.isPackaged = true;
    const packaged = await start();
    expect(packaged.window!.options.webPreferences).toMatchObject({ devTools: false });
    app.emit('before-quit', { preventDefault() {} });
    await settled();
    BrowserWindow.instances.length = 0;
    app.listeners.clear();
    ipcMain.handlers.clear();
    app.isPackaged = false;
    app.commandLine.switches.add('remote-debugging-pipe');
    const dev = await start();
    expect(dev.running).not.toBeNull();
    expect(dev.window!.options.webPreferences).toMatchObject({ devTools: true });
  });
});
